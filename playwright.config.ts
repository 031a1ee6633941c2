import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';

const executablePath: string = await findChromium();
const launchOptions = { executablePath, args: chromiumArgs };
// E2E_PORT lets several checkouts run their suites side by side; the fixture site uses the next port.
const port = Number(process.env['E2E_PORT'] ?? 4321);
const site = `http://127.0.0.1:${port}`;
const fixture = `http://127.0.0.1:${port + 1}`;

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
    // The fixture site is also the build without Chromium: its diagrams are drawn in the browser.
    { name: 'site', testIgnore: /fifth-model|diagram-fallback/, use: { baseURL: site } },
    { name: 'fixture', testMatch: /fifth-model|diagram-fallback/, use: { baseURL: fixture } },
  ],
  webServer: [
    { command: `ASTRO_TELEMETRY_DISABLED=1 astro preview --host 127.0.0.1 --port ${port}`, url: `${site}/`, reuseExistingServer: false, timeout: 60_000 },
    { command: `ASTRO_TELEMETRY_DISABLED=1 astro preview --host 127.0.0.1 --port ${port + 1} --outDir dist-fixture`, url: `${fixture}/`, reuseExistingServer: false, timeout: 60_000 },
  ],
});
