// Pages ask for their social card while they render (`socialCard`), and only get its address when the
// build has the fonts to draw it, so no page names a card that was not made. The state lives on
// globalThis because the integration (loaded with the config) and the pages (bundled by Vite)
// import separate copies of this module; this module stays free of the native renderer for that reason.
import type { Locale } from '../schemas/common';
import type { FoundFonts, SocialCard } from '../lib/social-card';

/** What one build knows about its social cards. */
export interface CardState {
  /** Languages whose cards this build draws; empty outside `astro build` (dev shows no og:image). */
  locales: Locale[];
  /** The fonts found for this build. */
  fonts: FoundFonts;
  /** Cards asked for by pages, by file path relative to the output folder. */
  cards: Map<string, SocialCard>;
}

const key = Symbol.for('llm-showdown.social-cards');
const store = globalThis as typeof globalThis & { [key]?: CardState };

/** This build's card state, shared by the integration and the pages. */
export function cardRequests(): CardState {
  store[key] ??= { locales: [], fonts: { files: [], cjk: false, latin: false }, cards: new Map() };
  return store[key];
}

/**
 * Asks for a page's card, to be drawn at the end of the build. Returns true when it will be drawn
 * (the page may then name it in og:image), false when this build leaves it out.
 */
export function socialCard(file: string, card: SocialCard): boolean {
  const s = cardRequests();
  if (!s.locales.includes(card.locale)) return false;
  s.cards.set(file, card);
  return true;
}

