// Draws each page's social card (src/lib/social-card.ts) to PNG with resvg-js when the build ends,
// the cards that pages asked for while they rendered (social-card-requests.ts).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectionFace, collectionSize, faceHasName } from '../lib/font-face';
import { renderAsync } from '@resvg/resvg-js';
import { cardFontsNotice, cardLocales, latinFallbackWidth, socialCardSvg, type FoundFonts, type SocialCard } from '../lib/social-card';
import { cardRequests } from './social-card-requests';

/** Where Linux distributions put Noto Sans CJK Bold (Debian/Ubuntu's fonts-noto-cjk, Fedora, Arch). */
const cjkFontPaths = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc', '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc'];
/** Latin fallbacks found on most Linux images: DejaVu and Liberation. */
const latinFontPaths = ['/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf'];

/**
 * Finds the fonts for the cards: `SOCIAL_CARD_FONTS` (files separated by ":", taken to cover
 * Chinese), else Noto Sans CJK Bold, else a Latin font, at the usual Linux paths.
 */
export function findCardFonts(env: Readonly<Record<string, string | undefined>>): FoundFonts {
  const given = env['SOCIAL_CARD_FONTS']?.split(':').filter((f) => f && existsSync(f));
  if (given && given.length > 0) return { files: given, cjk: true, latin: true };
  const cjk = cjkFontPaths.find((p) => existsSync(p));
  const latin = latinFontPaths.find((p) => existsSync(p));
  return { files: [cjk, latin].filter((f): f is string => f !== undefined), cjk: cjk !== undefined, latin: latin !== undefined };
}

/**
 * Replaces each font collection among `files` by its Simplified Chinese face, written to `dir`
 * (see src/lib/font-face.ts for why); other files pass through.
 */
async function singleFaces(files: string[], dir: string): Promise<string[]> {
  return Promise.all(
    files.map(async (file, i) => {
      const bytes = new Uint8Array(await readFile(file));
      const faces = Array.from({ length: collectionSize(bytes) }, (_, k) => collectionFace(bytes, k));
      const face = faces.find((f) => faceHasName(f, 'Noto Sans CJK SC')) ?? faces[0];
      if (!face) return file;
      const path = join(dir, `face-${i}.otf`);
      await writeFile(path, face);
      return path;
    }),
  );
}

/** Cards drawn at once: resvg's asynchronous render runs on libuv's threads (4 by default), one card each. */
const parallel = 4;

/** Draws cards into a folder, each at its file path relative to it; returns their number and total bytes. */
export async function drawCards(cards: ReadonlyMap<string, SocialCard>, fonts: FoundFonts, outDir: URL): Promise<{ count: number; bytes: number }> {
  if (cards.size === 0) return { count: 0, bytes: 0 };
  const scratch = await mkdtemp(join(tmpdir(), 'social-cards-'));
  try {
    const all = await singleFaces(fonts.files, scratch);
    const queue = [...cards];
    let bytes = 0;
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [file, card] = next;
        const png = (await renderAsync(socialCardSvg(card, fonts.cjk ? 1 : latinFallbackWidth), { font: { fontFiles: all, loadSystemFonts: false } })).asPng();
        const path = fileURLToPath(new URL(file, outDir));
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, png);
        bytes += png.length;
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    return { count: cards.size, bytes };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The social-cards integration: finds fonts when the build starts, draws the cards when it ends. */
export function socialCards(): AstroIntegration {
  return {
    name: 'llm-showdown:social-cards',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const fonts = findCardFonts(process.env);
        const s = cardRequests();
        s.locales = cardLocales(fonts);
        s.fonts = fonts;
        s.cards.clear();
        const notice = cardFontsNotice(fonts);
        if (notice) logger.warn(notice);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const s = cardRequests();
        const { count, bytes } = await drawCards(s.cards, s.fonts, dir);
        if (count > 0) logger.info(`${count} social cards (${Math.round(bytes / 1024)} KB) drawn in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
