// Builds the site from a copy of content/ plus tests/fixtures/fifth-model/, into dist-fixture/,
// to prove that a new model file appears everywhere with no code change. It is built with
// MERMAID_RENDER=client, as on a machine without Chromium, so the same build also tests the fallback
// that draws diagrams in the browser (tests/e2e/diagram-fallback.spec.ts).
import { cpSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dir = '.fixture-content';
rmSync(dir, { recursive: true, force: true });
cpSync('content', dir, { recursive: true });
cpSync('tests/fixtures/fifth-model', `${dir}/models`, { recursive: true });

const result = spawnSync('npx', ['astro', 'build', '--outDir', 'dist-fixture'], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: dir, MERMAID_RENDER: 'client', ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);
