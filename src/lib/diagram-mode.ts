/** Where Mermaid diagrams are drawn: into the HTML at build time, or by the reader's browser. */
export type DiagramMode = { mode: 'build'; chromium: string } | { mode: 'client'; note: string };

/** What `MERMAID_RENDER` may be set to; unset means `auto`. */
export const diagramModeValues = ['auto', 'build', 'client'] as const;

/** How to get a Chromium, for the one line the build prints when it has none. */
export const installHint =
  'install one (Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk; elsewhere: npx playwright install chromium) or point CHROMIUM_PATH at a Chromium or Chrome';

/**
 * Picks the diagram mode from `MERMAID_RENDER` and the Chromium finder: `build` needs a Chromium,
 * `client` never looks for one, `auto` (the default) uses one when it is found and says so when
 * not. Throws a sentence naming the variable when the value is unknown or `build` has no browser.
 */
export async function chooseDiagramMode(value: string | undefined, findChromium: () => Promise<string>): Promise<DiagramMode> {
  const wanted = value === undefined || value === '' ? 'auto' : value;
  if (!(diagramModeValues as readonly string[]).includes(wanted)) {
    throw new Error(`MERMAID_RENDER is "${wanted}"; expected one of ${diagramModeValues.join(', ')} (unset means auto).`);
  }
  if (wanted === 'client') {
    return { mode: 'client', note: 'MERMAID_RENDER=client: diagrams will be drawn in the browser by Mermaid.' };
  }
  let found: string | Error;
  try {
    found = await findChromium();
  } catch (error) {
    found = error instanceof Error ? error : new Error(String(error));
  }
  if (typeof found === 'string') return { mode: 'build', chromium: found };
  // The finder's first sentence says what is wrong; the install hint replaces its own instructions.
  const reason = found.message.split(/[.:](?:\s|$)/)[0] || 'No Chromium found';
  if (wanted === 'build') throw new Error(`MERMAID_RENDER=build needs a Chromium to draw diagrams at build time: ${reason}; ${installHint}.`);
  return {
    mode: 'client',
    note: `${reason}, so diagrams will be drawn in the browser by Mermaid (about 200 KB of JavaScript per page); to draw them at build time, ${installHint}.`,
  };
}
