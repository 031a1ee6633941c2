// Whether this build draws the figures' pictures, decided when the build starts, so pages (rendered
// before the pictures are drawn) link only to pictures that will exist. The state lives on
// globalThis because the integration (loaded with the config) and the pages (bundled by Vite)
// import separate copies of this module.

/** What one build knows about its figure pictures. */
export interface PictureState {
  /** True when `astro build` draws the pictures; false in dev and when it has no Chromium. */
  draw: boolean;
}

const key = Symbol.for('llm-showdown.figure-pictures');
const store = globalThis as typeof globalThis & { [key]?: PictureState };

/** This build's picture state, shared by the integration and the pages. */
export function pictureState(): PictureState {
  store[key] ??= { draw: false };
  return store[key];
}

/** Whether pages may link to the figures' pictures (the build draws them when it ends). */
export function picturesDrawn(): boolean {
  return pictureState().draw;
}
