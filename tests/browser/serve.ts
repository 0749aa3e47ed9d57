import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

// Serves the built site (dist/) on a free loopback port for the browser tests.
// USINETTE_DIST points at another build (e.g. a private `astro build --outDir`).
let server: Server | undefined;
const dist = process.env.USINETTE_DIST ?? 'dist';

export default async function setup(project: TestProject) {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run "npm run build" before the browser tests (npm test does).`);
  const serve = sirv(dist, { dev: false, etag: true, extensions: ['html'] });
  server = createServer((req, res) => serve(req, res, () => {
    res.statusCode = 404;
    res.end('not found');
  }));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  return () => new Promise<void>((resolve) => server!.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
