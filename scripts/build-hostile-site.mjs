// Builds the site from a copy of content/ in which every text a reader sees starts with HTML and
// script, into dist-hostile/, to prove that data is always shown as text and never run.
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { isScalar, parseDocument, visit } from 'yaml';

/** What every text starts with; it sets window.__xss if it ever runs (tests/e2e/escaping-hostile.spec.ts looks for it). */
const payload = '<img src=x onerror=__xss=1><script>__xss=2</script>';
// Keys whose values are texts shown to readers: each language of a text, and single-language texts.
const textKeys = new Set(['en', 'zh', 'title', 'hardware']);
// Labels allow 120 characters; the payload goes first so it is always whole.
const limit = 120;

const dir = '.hostile-content';
rmSync(dir, { recursive: true, force: true });
cpSync('content', dir, { recursive: true });
const files = [...readdirSync(dir).filter((f) => f.endsWith('.yaml')), ...readdirSync(join(dir, 'models')).map((f) => `models/${f}`)];
for (const file of files) {
  const path = join(dir, file);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !textKeys.has(String(pair.key.value)) || !isScalar(pair.value) || typeof pair.value.value !== 'string') return;
      pair.value.value = `${payload} ${pair.value.value}`.slice(0, limit);
      pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  writeFileSync(path, doc.toString());
}
const env = { ...process.env, CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' };
// The same validation as every build: hostile-looking text is valid text.
const validated = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', dir], { stdio: 'inherit', env });
if (validated.status !== 0) process.exit(validated.status ?? 1);
const result = spawnSync('npx', ['astro', 'build', '--outDir', 'dist-hostile'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
