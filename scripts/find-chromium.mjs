// Finds a Chromium for the build's diagrams and the tests without downloading one (closed networks can't).
import { existsSync } from 'node:fs';

/** Flags for headless Chromium on servers and closed networks. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Returns the path of a Chromium: $CHROMIUM_PATH, then /usr/bin/chromium (Debian), then other
 * common system paths, then Playwright's own download. Throws a message saying what to install.
 */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium']) {
    if (existsSync(path)) return path;
  }
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // playwright-core knows no browser path on this platform; fall through to the message.
  }
  throw new Error(
    [
      'No Chromium found. Install one of:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-noto-cjk',
      '  any OS:         npx playwright install chromium',
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    ].join('\n'),
  );
}
