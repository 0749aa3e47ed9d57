import type { APIRoute } from 'astro';
import { contentIndex } from '../../../lib/cms';
import { reviewCollection } from '../../../lib/wiki/editor';

// Each review form's facts (state, allowed moves, files and hashes built now, criteria), for the
// editor's check before saving (site/client/editor/validate.ts: reviewProblems).
export const GET: APIRoute = async () => {
  const forms = Object.fromEntries((await contentIndex()).reviews.map(({ slug, state, allowed, files, criteria }) => [reviewCollection(slug), { state, allowed, files, criteria }]));
  return new Response(JSON.stringify(forms), { headers: { 'Content-Type': 'application/json' } });
};
