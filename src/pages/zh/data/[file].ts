import type { APIRoute } from 'astro';
import { downloadFiles, serveDownload } from '../../../data/download-routes';

/** Chinese data files: `/zh/data/<figure>.csv`, `/zh/data/<figure>.json`, `/zh/data/datapackage.json`. */
export const getStaticPaths = () => downloadFiles('zh');

export const GET: APIRoute = ({ params, site }) => serveDownload(String(params['file']), 'zh', site);
