import type { APIRoute } from 'astro';
import { embedPages, oembedFor } from '../../../data/embed-pages';

/** 每个图表一份静态 oEmbed 描述，由嵌入页链接。 */
export function getStaticPaths() {
  return embedPages('zh');
}

export const GET: APIRoute<{ figure: string; title: string }> = async ({ props, site }) =>
  Response.json(await oembedFor(props.figure, props.title, 'zh', site));
