// The production reports as CSV, one row per report (the data lives in network/production/, one file each).
import type { APIRoute } from 'astro';
import { networkData } from '../../lib/content';
import { toCsv } from '../../lib/network/production';

export const GET: APIRoute = async () =>
  new Response(toCsv((await networkData()).production), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
