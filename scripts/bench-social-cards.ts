// Times the two ways to draw social cards that issue 13 names, on the same SVGs: resvg-js (a Rust
// renderer in an npm package) and the headless Chromium the build starts for diagrams.
// Usage: npx tsx scripts/bench-social-cards.ts [count]   (default 76, the site's cards with 4 models)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { socialCardSize, socialCardSvg, type SocialCard } from '../src/lib/social-card';
import { drawCards, findCardFonts } from '../src/integrations/social-cards';

const count = Number(process.argv[2] ?? 76);
const cards = Array.from({ length: count }, (_, i): SocialCard =>
  i % 2
    ? { title: `架构：混合专家路由与注意力机制 ${i}`, siteName: '大模型对决', section: '架构', locale: 'zh' }
    : { title: `Architecture: mixture-of-experts routing and attention ${i}`, siteName: 'LLM Showdown', section: 'Architecture', locale: 'en' },
);
const fonts = findCardFonts(process.env);

// resvg-js as the build runs it (src/integrations/social-cards.ts), into a scratch folder.
const out = await mkdtemp(join(tmpdir(), 'bench-cards-'));
let start = performance.now();
const { bytes } = await drawCards(new Map(cards.map((c, i) => [`card-${i}.png`, c])), fonts, pathToFileURL(`${out}/`));
const resvgMs = performance.now() - start;
await rm(out, { recursive: true, force: true });

start = performance.now();
const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
const page = await browser.newPage({ viewport: socialCardSize });
const launchMs = performance.now() - start;
let chromeBytes = 0;
for (const card of cards) {
  await page.setContent(`<!doctype html><html><body style="margin:0">${socialCardSvg(card)}</body></html>`);
  chromeBytes += (await page.screenshot({ type: 'png' })).length;
}
await browser.close();
const chromeMs = performance.now() - start;

console.log(`${count} cards, fonts: ${fonts.files.join(', ') || 'none'}`);
console.log(`resvg-js: ${(resvgMs / 1000).toFixed(2)} s (${(resvgMs / count).toFixed(0)} ms a card), ${(bytes / 1024).toFixed(0)} KB of PNG`);
console.log(`Chromium: ${(chromeMs / 1000).toFixed(2)} s incl. ${(launchMs / 1000).toFixed(2)} s launch (${((chromeMs - launchMs) / count).toFixed(0)} ms a card), ${(chromeBytes / 1024).toFixed(0)} KB of PNG`);
