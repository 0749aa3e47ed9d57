// The empty template a group fills in to report its production: the header row only.
import type { APIRoute } from 'astro';
import { CSV_COLUMNS } from '../../lib/network/production';

export const GET: APIRoute = () => new Response(`${CSV_COLUMNS.join(',')}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
