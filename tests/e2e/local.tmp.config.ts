// TEMPORARY (helper's private run against /tmp copies; delete before hand-off)
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
const executablePath: string = await findChromium();
export default defineConfig({
  testDir: '.',
  fullyParallel: true, workers: 2, retries: 0, reporter: [['list']], timeout: 60_000,
  outputDir: '/tmp/e2e/test-results',
  use: { launchOptions: { executablePath, args: chromiumArgs }, trace: 'off' },
  projects: [
    { name: 'site', testIgnore: /fifth-model/, use: { baseURL: 'http://127.0.0.1:4331' } },
    { name: 'fixture', testMatch: /fifth-model/, use: { baseURL: 'http://127.0.0.1:4332' } },
  ],
  webServer: [
    { command: 'ASTRO_TELEMETRY_DISABLED=1 npx astro preview --host 127.0.0.1 --port 4331 --outDir /tmp/e2e/dist', cwd: '../..', url: 'http://127.0.0.1:4331/', reuseExistingServer: false, timeout: 60_000 },
    { command: 'ASTRO_TELEMETRY_DISABLED=1 npx astro preview --host 127.0.0.1 --port 4332 --outDir /tmp/e2e/dist-fixture', cwd: '../..', url: 'http://127.0.0.1:4332/', reuseExistingServer: false, timeout: 60_000 },
  ],
});
