import type { APIRoute } from 'astro';
import { siteCmsConfig } from '../../../lib/cms';

// The same configuration as config.yml, for the editor page to load (site/client/editor/main.ts).
export const GET: APIRoute = async () => new Response(JSON.stringify(await siteCmsConfig()), { headers: { 'Content-Type': 'application/json' } });
