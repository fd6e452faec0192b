/** Injected by vite from apps/web/package.json: the printed report names the Capa that made it. */
declare const __CAPA_VERSION__: string;

export const CAPA_VERSION: string = __CAPA_VERSION__;
