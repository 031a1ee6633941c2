// The colour scheme the page is drawn in: forced by an embed's ?theme= (data-theme on <html>),
// otherwise the reader's system setting. Charts and diagrams draw with it.
const system = window.matchMedia('(prefers-color-scheme: dark)');

/** The theme an embed forced, if any. */
function forced(): string | undefined {
  return document.documentElement.dataset['theme'];
}

/** Whether the page is drawn in dark colours. */
export function isDark(): boolean {
  const theme = forced();
  return theme === 'dark' || (theme !== 'light' && system.matches);
}

/** Calls `redraw` when the colours change: only when the system setting changes and no theme is forced. */
export function onThemeChange(redraw: () => void): void {
  system.addEventListener('change', () => {
    if (!forced()) redraw();
  });
}
