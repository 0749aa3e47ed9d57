import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { siteCmsConfig } from '../../../lib/cms';

// The editor's configuration, generated from the schemas at build: published so anyone can read
// what the forms check, and loaded by the editor page (site/client/editor/main.ts).
export const GET: APIRoute = async () =>
  new Response(`# Généré à la construction du site depuis site/schemas/ (site/lib/cms/) : ne pas modifier.\n${stringify(await siteCmsConfig(), { lineWidth: 0 })}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
