// The production reports as JSON, with their total.
import type { APIRoute } from 'astro';
import { networkData } from '../../lib/content';
import { toJson } from '../../lib/network/production';

export const GET: APIRoute = async () =>
  new Response(toJson((await networkData()).production), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
