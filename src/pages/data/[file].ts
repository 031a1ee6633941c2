import type { APIRoute } from 'astro';
import { downloadFiles, serveDownload } from '../../data/download-routes';

/** English data files: `/data/<figure>.csv`, `/data/<figure>.json`, `/data/datapackage.json`, `/data/dataset.json`. */
export const getStaticPaths = () => downloadFiles('en');

export const GET: APIRoute = ({ params, site }) => serveDownload(String(params['file']), 'en', site);
