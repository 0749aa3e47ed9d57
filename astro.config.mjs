// Thin on purpose: the site's settings live in site/config.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { locales, defaultLocale } from './site/i18n/locales.mjs';
import { designWorkerChunks } from './site/client/workerChunks.mjs';
import { decapAssets } from './site/integrations/decapAssets';
import { rehypeTableLabels } from './site/lib/markdown/tableLabels';

export default defineConfig({
  srcDir: './site',
  publicDir: './public',
  outDir: './dist',
  trailingSlash: 'ignore',
  // Scripts and styles as files, never inline, so the Content-Security-Policy needs no
  // 'unsafe-inline' (site/lib/csp.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), decapAssets()],
  markdown: { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeTableLabels] },
  i18n: {
    locales,
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  vite: {
    worker: { format: 'es', rollupOptions: { output: { manualChunks: designWorkerChunks } } },
    build: { assetsInlineLimit: (file) => (/\.(js|mjs|css)$/.test(file) ? false : undefined) },
    // JSCAD's SVG/DXF serializers import the library's main module, that is all of it: they get
    // only what they use (designs/_kit/jscadSerializers.ts).
    resolve: { alias: [{ find: /^@jscad\/modeling$/, replacement: fileURLToPath(new URL('./designs/_kit/jscadSerializers.ts', import.meta.url)) }] },
    // manifold-3d ships its own .wasm; Vite must not pre-bundle it away from that file.
    optimizeDeps: { exclude: ['manifold-3d'] },
  },
});
