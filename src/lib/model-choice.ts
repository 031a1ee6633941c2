/**
 * Up to this many models, a page compares them all when it opens; with more (a table 400 columns
 * wide helps nobody), it opens on the first this many by `order` and the picker adds others.
 */
export const DEFAULT_MODELS = 8;

/** The ids a page compares when nothing is chosen: all of them, or the first `limit` when there are more. */
export function defaultChoice(order: readonly string[], limit: number = DEFAULT_MODELS): string[] {
  return order.slice(0, limit);
}

/**
 * The ids a page opens on: those `?models=` names, in data order, when it names two known models
 * or more (a link naming fewer cannot make a comparison); otherwise the default choice.
 */
export function initialChoice(order: readonly string[], param: string | null, limit: number = DEFAULT_MODELS): string[] {
  const named = new Set((param ?? '').split(','));
  const fromUrl = order.filter((id) => named.has(id));
  return fromUrl.length >= 2 ? fromUrl : defaultChoice(order, limit);
}

/** The `?models=` value that keeps a choice: null when it is the default, so plain links stay plain. */
export function choiceParam(order: readonly string[], chosen: ReadonlySet<string>, limit: number = DEFAULT_MODELS): string | null {
  const ids = order.filter((id) => chosen.has(id));
  const fallback = defaultChoice(order, limit);
  return ids.length === fallback.length && ids.every((id, i) => id === fallback[i]) ? null : ids.join(',');
}
