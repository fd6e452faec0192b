/**
 * The Content-Security-Policy of the built page. No inline script or style, no eval, nothing from
 * another origin: a value smuggled into the URL can never become code. Only added to the build:
 * vite's dev server injects inline styles for hot reload.
 */
import type { Plugin } from 'vite';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function cspMeta(): Plugin {
  return {
    name: 'capa:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>, before anything that could load.
      handler: (html) => html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
  };
}
