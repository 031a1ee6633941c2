// The page's view state (chosen models, sorting, chart or table) lives in the address, so a link or
// a reload shows the same view. Replacing, not pushing, keeps the back button for real navigation.

/** A parameter of the current address, or null. */
export function getParam(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}

/** Sets (or, with null, removes) a parameter of the current address without reloading. */
export function setParam(name: string, value: string | null): void {
  const params = new URLSearchParams(location.search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}
