import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';

const executablePath: string = await findChromium();
const launchOptions = { executablePath, args: chromiumArgs };

/** End-to-end tests in real Chromium against the built site (dist) and the five-model fixture site (dist-fixture). */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: { launchOptions, trace: 'off' },
  projects: [
    { name: 'site', testIgnore: /fifth-model/, use: { baseURL: 'http://127.0.0.1:4321' } },
    { name: 'fixture', testMatch: /fifth-model/, use: { baseURL: 'http://127.0.0.1:4322' } },
  ],
  webServer: [
    { command: 'ASTRO_TELEMETRY_DISABLED=1 astro preview --host 127.0.0.1 --port 4321', url: 'http://127.0.0.1:4321/', reuseExistingServer: false, timeout: 60_000 },
    { command: 'ASTRO_TELEMETRY_DISABLED=1 astro preview --host 127.0.0.1 --port 4322 --outDir dist-fixture', url: 'http://127.0.0.1:4322/', reuseExistingServer: false, timeout: 60_000 },
  ],
});
