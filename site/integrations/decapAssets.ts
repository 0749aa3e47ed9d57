// Serves Decap CMS's browser bundle from this site, at /contribuer/editer/decap/: the editor
// never loads code from elsewhere. The files are copied from node_modules/decap-cms/dist at
// build (bundle, its lazy chunks, its WebAssembly and licence notice; not the 25 MB source maps)
// and served from there by the dev server.
import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const DECAP_URL = '/contribuer/editer/decap/';
const dist = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
// decap-cms.js and its chunks (NNN.decap-cms.js); cms.js is the same build under another name.
const wanted = (name: string) => /^(\d+\.)?decap-cms\.js$/.test(name) || name.endsWith('.wasm') || name === 'decap-cms.js.LICENSE.txt';

export function decapAssets(): AstroIntegration {
  return {
    name: 'usinette:decap-assets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(DECAP_URL, (req, res, next) => {
          const name = (req.url ?? '').split('?')[0].replace(/^\//, '');
          if (!wanted(name) || !existsSync(join(dist, name))) return next();
          res.setHeader('Content-Type', extname(name) === '.wasm' ? 'application/wasm' : 'text/javascript');
          createReadStream(join(dist, name)).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = join(fileURLToPath(dir), DECAP_URL);
        mkdirSync(out, { recursive: true });
        for (const name of readdirSync(dist).filter(wanted)) cpSync(join(dist, name), join(out, name));
      },
    },
  };
}
