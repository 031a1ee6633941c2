// Builds the site from a copy of content/ plus tests/fixtures/fifth-model/, into dist-fixture/,
// to prove that a new model file appears everywhere with no code change.
import { cpSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dir = '.fixture-content';
rmSync(dir, { recursive: true, force: true });
cpSync('content', dir, { recursive: true });
cpSync('tests/fixtures/fifth-model', `${dir}/models`, { recursive: true });

const result = spawnSync('npx', ['astro', 'build', '--outDir', 'dist-fixture'], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);
