import type { APIRoute } from 'astro';
import { embedPages, oembedFor } from '../../data/embed-pages';

/** One static oEmbed description per figure (https://oembed.com/), linked from its embed page. */
export function getStaticPaths() {
  return embedPages('en');
}

export const GET: APIRoute<{ figure: string; title: string }> = async ({ props, site }) =>
  Response.json(await oembedFor(props.figure, props.title, 'en', site));
