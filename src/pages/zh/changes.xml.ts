import type { APIRoute } from 'astro';
import { changesFeed } from '../../data/changes';

/** The Atom feed of changes to the data, in Chinese: `/zh/changes.xml`. */
export const GET: APIRoute = async ({ site }) => new Response(await changesFeed('zh', site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
