/**
 * The demo inventories, read by the same reader as a dropped file (the importer's schema): a real
 * capture and a synthetic PVE + Ceph cluster already kept as test fixtures, imported as text into the
 * engine's script only (vite's ?raw), so the inventory page is never empty in class.
 */
import sandbox from '../../../../packages/importer/test/fixtures/sandbox-inventory.json?raw';
import lab from '../../test/fixtures/lab-inventory.json?raw';
import { t } from '../state/text';
import type { DemoInventory } from './types';

export const DEMOS: readonly DemoInventory[] = [
  // docs/web-inventory.md: a 4-node PVE + Ceph inventory (synthetic, schema v1), the e2e tests' file.
  { id: 'lab', label: t('Demo: PVE + Ceph lab (4 nodes)', 'Démo : labo PVE + Ceph (4 nœuds)'), file: { name: 'demo-lab-inventory.json', text: lab } },
  // packages/importer/test/fixtures/README.md: a real Ceph 16.2.15 sandbox (1 host, 3 OSDs of 10 GiB), captured with capa import ceph --dir.
  { id: 'sandbox', label: t('Demo: Ceph sandbox (real capture)', 'Démo : bac à sable Ceph (capture réelle)'), file: { name: 'demo-ceph-sandbox.json', text: sandbox } },
];
