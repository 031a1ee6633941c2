// robots.txt names the sitemap by its absolute address, which depends on SITE_URL and BASE_PATH,
// so it is built rather than kept in public/.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap';

/** The crawlers' file: everything may be read; the sitemap lists the reading pages. */
export const GET: APIRoute = ({ site }) => new Response(robotsTxt(new URL(import.meta.env.BASE_URL, site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
