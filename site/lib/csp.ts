// The site's Content-Security-Policy: one string, sent as a <meta> by the page shell (static
// hosting), as a header by the portable server, and documented in the README for other servers.
// Nothing inline: Astro is configured to emit scripts and styles as files (astro.config.mjs).
export const CSP_DIRECTIVES: [string, ...string[]][] = [
  ['default-src', "'self'"],
  // WebAssembly compilation (manifold-3d in the customizer's worker, pagefind's search index)
  // needs 'wasm-unsafe-eval', which allows wasm only, not JavaScript eval.
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['worker-src', "'self'", 'blob:'],
  ['style-src', "'self'"],
  ['img-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

export const contentSecurityPolicy = CSP_DIRECTIVES.map((d) => d.join(' ')).join('; ');

/** Directives that only a response header can carry (a <meta> policy ignores them). */
export const headerOnlyDirectives = "frame-ancestors 'self'";
