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

/**
 * The editor's page (/contribuer/editer/) has its own, looser policy, and only that page: Decap
 * CMS does not start without 'unsafe-eval' (its config validator compiles schemas) and styles
 * its UI inline. It talks to the forge's API when one is set; otherwise only to this origin
 * (decap-server proxied at /api/v1).
 */
export function editorContentSecurityPolicy(forgeOrigins: string[] = []): string {
  const extra = forgeOrigins.length ? ` ${forgeOrigins.join(' ')}` : '';
  return [
    ["default-src", "'self'"],
    ['script-src', "'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:' + extra],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'" + extra],
    ['worker-src', "'self'", 'blob:'],
    ['frame-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ].map((d) => d.join(' ')).join('; ');
}
