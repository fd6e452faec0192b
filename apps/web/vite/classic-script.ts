/**
 * Browsers refuse ES module scripts from file:// (CORS, origin "null"), and a trainer may open the
 * page from a folder. So the app is built as one classic IIFE script, loaded with `defer`, and the
 * `crossorigin` attributes vite adds (which also trigger CORS on file://) are dropped.
 */
import type { Plugin } from 'vite';

export function classicScript(): Plugin {
  return {
    name: 'capa:classic-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<script type="module" crossorigin/g, '<script defer').replace(/ crossorigin(?=[\s>])/g, ''),
    },
  };
}
