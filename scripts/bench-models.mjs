// Makes N model files from the real ones, for `npm run bench`: copies under new ids, names and
// colours, with measured figures moved a little, deterministically, so every build of the same N is
// the same site and every file still passes validation. Plain JavaScript with JSDoc types:
// scripts/bench.mjs runs under Node without a TypeScript step.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/**
 * A model file as read: its id (the file name) and its parsed YAML.
 * @typedef {object} ModelFile
 * @property {string} id
 * @property {Record<string, any>} data
 */

/** Upper bounds of bounded units (see numberIn in src/schemas/model.ts). */
const ceiling = /** @type {Record<string, number>} */ ({ percent: 100, 'score-10': 10 });

/** Units that are settings rather than measurements: copied as they are. */
const kept = new Set(['plain', 'gpus']);

/**
 * A number in [0, 1) from a text, the same on every run (FNV-1a).
 * @param {string} text
 * @returns {number}
 */
export function unitHash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}

/**
 * Moves a figure by up to ±8 %, keeping its decimals and its unit's range.
 * @param {number} value
 * @param {string} unit
 * @param {string} key What makes the move differ per model and metric.
 * @returns {number}
 */
export function perturb(value, unit, key) {
  if (kept.has(unit) || value === 0) return value;
  const decimals = (String(value).split('.')[1] ?? '').length;
  const scale = 10 ** decimals;
  const moved = Math.round(value * (0.92 + 0.16 * unitHash(key)) * scale) / scale;
  const bounded = Math.min(ceiling[unit] ?? Infinity, moved);
  return bounded > 0 ? bounded : value;
}

/**
 * The i-th colour of a sequence that walks the hue circle by the golden angle, as "#rrggbb".
 * @param {number} i
 * @returns {string}
 */
export function colourOf(i) {
  const h = (i * 137.508) % 360;
  const s = 0.55 + (i % 3) * 0.15;
  const l = 0.35 + (Math.floor(i / 3) % 4) * 0.08;
  const f = (/** @type {number} */ n) => {
    const k = (n + h / 30) % 12;
    const c = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255).toString(16).padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

/**
 * Whether a colour would pass the model schema's contrast floor (src/lib/contrast.ts: 2:1 against
 * #ffffff and #15171b), i.e. its relative luminance lies between 0.067 and 0.475.
 * @param {string} hex
 */
function visibleOnBothThemes(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * /** @type {number} */ (r) + 0.7152 * /** @type {number} */ (g) + 0.0722 * /** @type {number} */ (b);
  return l >= 0.067 && l <= 0.475;
}

/**
 * N models: the real ones first, unchanged, then copies of them in turn (`deepseek-2`,
 * `gpt-4-2`, …), each with a suffixed name, its own order and colour, and its measured figures
 * moved. Fewer than the real ones keeps the first N by order.
 * @param {readonly ModelFile[]} real The real models.
 * @param {Record<string, { unit?: string }>} metrics content/metrics.yaml, for each figure's unit.
 * @param {number} count
 * @returns {ModelFile[]}
 */
export function makeModels(real, metrics, count) {
  const sources = [...real].sort((a, b) => a.data['order'] - b.data['order']);
  const colours = new Set(sources.map((m) => String(m.data['color']).toLowerCase()));
  /** @type {ModelFile[]} */
  const models = sources.slice(0, count);
  for (let i = sources.length, c = 0; i < count; i += 1) {
    const source = /** @type {ModelFile} */ (sources[i % sources.length]);
    const copy = Math.floor(i / sources.length) + 1;
    const id = `${source.id}-${copy}`;
    const data = structuredClone(source.data);
    data['name'] = { en: `${data['name'].en} ${copy}`, zh: `${data['name'].zh} ${copy}` };
    data['order'] = i + 1;
    let colour = colourOf(c++);
    while (colours.has(colour) || !visibleOnBothThemes(colour)) colour = colourOf(c++);
    colours.add(colour);
    data['color'] = colour;
    for (const [metric, value] of Object.entries(data['figures'] ?? {})) {
      const unit = metrics[metric]?.unit ?? 'plain';
      const key = `${id}/${metric}`;
      if (typeof value === 'number') data['figures'][metric] = perturb(value, unit, key);
      else if (value && typeof value === 'object' && typeof value.value === 'number') value.value = perturb(value.value, unit, key);
    }
    models.push({ id, data });
  }
  return models;
}

/**
 * Replaces the model files of a content folder (a copy of content/) with N generated ones.
 * @param {string} dir
 * @param {number} count
 * @returns {number} How many model files the folder now has.
 */
export function writeModels(dir, count) {
  const folder = join(dir, 'models');
  const files = readdirSync(folder).filter((f) => f.endsWith('.yaml'));
  const real = files.map((f) => ({ id: f.slice(0, -'.yaml'.length), data: parse(readFileSync(join(folder, f), 'utf8')) }));
  const metrics = parse(readFileSync(join(dir, 'metrics.yaml'), 'utf8'));
  const models = makeModels(real, metrics, count);
  const keep = new Set(models.map((m) => m.id));
  for (const m of real) if (!keep.has(m.id)) throw new Error(`bench: ${count} models would drop ${m.id}, which other files refer to; ask for at least ${real.length}`);
  for (const m of models.slice(real.length)) writeFileSync(join(folder, `${m.id}.yaml`), `# Generated by scripts/bench.mjs from ${m.id.replace(/-\d+$/, '')}.yaml; not a real model.\n${stringify(m.data)}`);
  return models.length;
}
