/**
 * The calculator pages as the app loads them. The memory page (the default page) is part of the
 * initial script; every other page, with the core's rules only it uses, is its own chunk, fetched
 * when it is first opened (vite/chunk-loader.ts): the first page's script stays small (docs/web-build.md).
 * src/calc/pages.ts keeps every page at once, for the tests.
 */
import type { PageDef, RouteId } from '../state/page';
import { memoryPage } from './memory';

const loaded: Partial<Record<RouteId, PageDef>> = { memory: memoryPage };

const LOADERS: Readonly<Record<Exclude<RouteId, 'memory'>, () => Promise<PageDef>>> = {
  ceph: () => import('./ceph-chunk').then((m) => m.cephPage),
  failure: () => import('./failure-chunk').then((m) => m.failurePage),
  bluestore: () => import('./bluestore').then((m) => m.bluestorePage),
  pg: () => import('./pg').then((m) => m.pgPage),
  bond: () => import('./bond-chunk').then((m) => m.bondPage),
  quorum: () => import('./quorum').then((m) => m.quorumPage),
  inventory: () => import('./inventory-chunk').then((m) => m.inventoryPage),
};

/** The pages loaded so far. */
export const loadedPages = (): Readonly<Partial<Record<RouteId, PageDef>>> => loaded;

const pending = new Map<RouteId, Promise<PageDef>>();

/** Loads a page once; a failed load (offline before the page was ever cached) may be retried. */
export function loadPage(route: RouteId): Promise<PageDef> {
  const have = loaded[route];
  if (have) return Promise.resolve(have);
  let p = pending.get(route);
  if (p === undefined) {
    p = LOADERS[route as Exclude<RouteId, 'memory'>]().then(
      (page) => {
        loaded[route] = page;
        return page;
      },
      (e: unknown) => {
        pending.delete(route);
        throw e;
      },
    );
    pending.set(route, p);
  }
  return p;
}
