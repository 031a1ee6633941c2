import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';

const executablePath: string = await findChromium();
const launchOptions = { executablePath, args: chromiumArgs };
// E2E_PORT lets several checkouts run their suites side by side; the fixture site uses the next
// port, and a docs page of "another site" that embeds our figures the one after.
const port = Number(process.env['E2E_PORT'] ?? 4321);
const site = `http://127.0.0.1:${port}`;
const fixture = `http://127.0.0.1:${port + 1}`;
// A docs page on another origin that embeds our figures (tests/fixtures/embed-host).
const embedHost = `http://127.0.0.1:${port + 2}`;
// The site built from data whose every text is HTML and script (scripts/build-hostile-site.mjs).
const hostile = `http://127.0.0.1:${port + 3}`;

/** End-to-end tests in real Chromium against the built site (dist), the five-model fixture site (dist-fixture) and the hostile-text site (dist-hostile). */
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
    { name: 'site', testIgnore: /fifth-model|diagram-fallback|hostile/, use: { baseURL: site } },
    { name: 'fixture', testMatch: /fifth-model|diagram-fallback/, use: { baseURL: fixture } },
    { name: 'hostile', testMatch: /hostile/, use: { baseURL: hostile } },
  ],
  webServer: [
    // The site as the host serves it: public/_headers applied (framing rules), 404 page, redirects.
    { command: `node scripts/serve.mjs dist --port ${port}`, url: `${site}/`, reuseExistingServer: false, timeout: 60_000 },
    { command: `ASTRO_TELEMETRY_DISABLED=1 astro preview --host 127.0.0.1 --port ${port + 1} --outDir dist-fixture`, url: `${fixture}/`, reuseExistingServer: false, timeout: 60_000 },
    { command: `node scripts/serve.mjs tests/fixtures/embed-host --port ${port + 2}`, url: `${embedHost}/`, reuseExistingServer: false, timeout: 60_000 },
    { command: `ASTRO_TELEMETRY_DISABLED=1 astro preview --host 127.0.0.1 --port ${port + 3} --outDir dist-hostile`, url: `${hostile}/`, reuseExistingServer: false, timeout: 60_000 },
  ],
});
