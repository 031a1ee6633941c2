// The messages between an embed page and the page that frames it. No imports: browser code uses it.

/** Type of the message an embed page posts to its parent window when its content height changes. */
export const heightMessageType = 'llm-showdown:height';
/** Type of the message /embed.js posts to an embed frame to ask for its height again. */
export const pingMessageType = 'llm-showdown:ping';

/** What an embed page tells the page that frames it (documented on the "Embed a figure" page). */
export interface HeightMessage {
  /** Always `llm-showdown:height`. */
  type: typeof heightMessageType;
  /** The figure's id, as in its embed address `/embed/<figure>/`. */
  figure: string;
  /** Height of the figure's content in CSS pixels, a whole number above 0. */
  height: number;
}

/** The message an embed page sends for a content height; rounded up so nothing is cut off. */
export function heightMessage(figure: string, height: number): HeightMessage {
  return { type: heightMessageType, figure, height: Math.ceil(height) };
}

/** Whether a message is /embed.js asking for the height again. */
export function isPing(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === pingMessageType;
}
