// Compares two built sites file by file and says where they first differ, so a build that is not
// reproducible names the file and the line to look at. Plain JavaScript with JSDoc types:
// scripts/check-reproducible.mjs runs under Node without a TypeScript step.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where two byte strings first differ.
 * @typedef {object} FirstDifference
 * @property {number} offset 0-based byte offset of the first byte that differs (or where the shorter one ends).
 * @property {number} line 1-based line (counted by `\n`) of that byte.
 * @property {string} a The text around that offset in the first, up to 40 bytes either side, one line.
 * @property {string} b The same stretch of the second.
 */

/**
 * One file that is not the same in both trees.
 * @typedef {object} TreeDifference
 * @property {string} path Path relative to the tree's root, with `/` separators.
 * @property {'only-in-a' | 'only-in-b' | 'differs'} kind Missing from one side, or present in both with other bytes.
 * @property {FirstDifference} [at] For `differs`: where the bytes part.
 */

/** Bytes shown on each side of the first difference. */
const CONTEXT = 40;

/**
 * A short, single-line excerpt of bytes, for a report.
 * @param {Uint8Array} bytes
 * @param {number} offset
 * @returns {string}
 */
function excerpt(bytes, offset) {
  const start = Math.max(0, offset - CONTEXT);
  return Buffer.from(bytes.subarray(start, offset + CONTEXT)).toString('utf8').replace(/\s+/g, ' ');
}

/**
 * Finds the first byte at which two byte strings differ; a prefix differs from the longer string
 * where it ends.
 * @param {Uint8Array} a
 * @param {Uint8Array} b
 * @returns {FirstDifference | undefined} Nothing when they are equal.
 */
export function firstDifference(a, b) {
  const length = Math.min(a.length, b.length);
  let offset = 0;
  let line = 1;
  while (offset < length && a[offset] === b[offset]) {
    if (a[offset] === 0x0a) line += 1;
    offset += 1;
  }
  if (offset === length && a.length === b.length) return undefined;
  return { offset, line, a: excerpt(a, offset), b: excerpt(b, offset) };
}

/**
 * Compares two sets of files, each a map of relative path to bytes, and lists every path that is
 * missing from one side or whose bytes differ, sorted by path.
 * @param {ReadonlyMap<string, Uint8Array>} a
 * @param {ReadonlyMap<string, Uint8Array>} b
 * @returns {TreeDifference[]}
 */
export function compareTrees(a, b) {
  /** @type {TreeDifference[]} */
  const differences = [];
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const path of paths) {
    const left = a.get(path);
    const right = b.get(path);
    if (!right) differences.push({ path, kind: 'only-in-a' });
    else if (!left) differences.push({ path, kind: 'only-in-b' });
    else {
      const at = firstDifference(left, right);
      if (at) differences.push({ path, kind: 'differs', at });
    }
  }
  return differences;
}

/**
 * Reads every file under a folder into a map of relative path (with `/`) to bytes.
 * @param {string} root
 * @returns {Map<string, Uint8Array>}
 */
export function readTree(root) {
  /** @type {Map<string, Uint8Array>} */
  const files = new Map();
  for (const path of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const full = join(root, path);
    if (statSync(full).isFile()) files.set(path.split('\\').join('/'), readFileSync(full));
  }
  return files;
}

/**
 * Describes differences for a person, one file per entry, naming the two trees.
 * @param {readonly TreeDifference[]} differences
 * @param {string} nameA
 * @param {string} nameB
 * @returns {string}
 */
export function formatDifferences(differences, nameA, nameB) {
  return differences
    .map((d) => {
      if (d.kind === 'only-in-a') return `${d.path}: only in ${nameA}`;
      if (d.kind === 'only-in-b') return `${d.path}: only in ${nameB}`;
      const at = /** @type {FirstDifference} */ (d.at);
      return `${d.path}: differs from byte ${at.offset} (line ${at.line})\n  ${nameA}: …${at.a}…\n  ${nameB}: …${at.b}…`;
    })
    .join('\n');
}
