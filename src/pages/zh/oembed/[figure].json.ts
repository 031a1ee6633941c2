import type { APIRoute } from 'astro';
import { embedPages, oembedFor } from '../../../data/embed-pages';

/** The Chinese oEmbed description of every figure, linked from its embed page. */
export function getStaticPaths() {
  return embedPages('zh');
}

export const GET: APIRoute<{ figure: string; title: string }> = async ({ props, site }) =>
  Response.json(await oembedFor(props.figure, props.title, 'zh', site));
