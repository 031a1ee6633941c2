// Builds the site a second time into dist-reproducible/ and compares it with dist/ byte for byte:
// two builds of the same commit must give the same files, so a deploy changes only what the data
// or code changed, and a reader's cache (and a reviewer's diff of dist/) means something. Run after
// `npm run build`; exits 1 and lists each differing file with the first differing byte and line.
import { existsSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { compareTrees, formatDifferences, readTree } from './compare-trees.mjs';

const first = 'dist';
const second = 'dist-reproducible';

if (!existsSync(`${first}/index.html`)) {
  console.error(`check-reproducible: ${first}/ has no built site; run \`npm run build\` first.`);
  process.exit(1);
}

rmSync(second, { recursive: true, force: true });
const started = Date.now();
// Astro's content cache is dropped so the second build reads content/ afresh, as a clean checkout would.
rmSync('node_modules/.astro', { recursive: true, force: true });
const build = spawnSync('npx', ['astro', 'build', '--outDir', second], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) {
  console.error(`check-reproducible: the second build failed (exit ${build.status ?? build.signal}).`);
  process.exit(1);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);

const a = readTree(first);
const differences = compareTrees(a, readTree(second));
if (differences.length > 0) {
  console.error(`check-reproducible: ${differences.length} of ${a.size} files differ between two builds (${first}/ and ${second}/):`);
  console.error(formatDifferences(differences, first, second));
  process.exit(1);
}
rmSync(second, { recursive: true, force: true });
console.log(`check-reproducible: a second build (${seconds} s) gave the same ${a.size} files, byte for byte.`);
