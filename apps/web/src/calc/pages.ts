/** Every calculator page, by route, in navigation order. */
import type { PageDef, RouteId } from '../state/page';
import { bluestorePage } from './bluestore';
import { bondPage } from './bond';
import { cephPage } from './ceph';
import { failurePage } from './failure';
import { inventoryPage } from './inventory-fields';
import { memoryPage } from './memory';
import { pgPage } from './pg';
import { quorumPage } from './quorum';

export const PAGES: Readonly<Record<RouteId, PageDef>> = {
  memory: memoryPage,
  ceph: cephPage,
  failure: failurePage,
  bluestore: bluestorePage,
  pg: pgPage,
  bond: bondPage,
  quorum: quorumPage,
  inventory: inventoryPage,
};
