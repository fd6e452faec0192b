/** Issue 8, items 1, 8 and 12 on the web pages: the same core results as the CLI. */
import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/calc/pages';
import type { Values } from '../src/state/fields';
import type { PageOutcome, RouteId } from '../src/state/page';

const run = (route: RouteId, values: Values, lang: 'en' | 'fr' = 'en'): PageOutcome => PAGES[route].compute({ values, rows: [] }, lang);
const figure = (out: PageOutcome, id: string) => (out.ok ? out.figures.find((x) => x.id === id) : undefined);

describe('web pages, issue 8', () => {
  it('ceph 3 × 1 × 40 TB: safe usable after an OSD loss = 0.85 × 40 TB = 34 TB (nothing refills)', () => {
    // https://docs.ceph.com/en/latest/rados/configuration/mon-config-ref/#storage-capacity : ratios are per OSD
    const f = figure(run('ceph', { nodes: '3', osdsPerNode: '1', osdSize: '40TB', replicas: '3' }), 'safe');
    expect(f?.value).toBe('34 TB (30.92 TiB)');
    expect(f?.label).toBe('Safe usable (after an OSD loss)');
  });
  it('bluestore, pveceph rule, 4 OSDs per DB device: 6.4 TB; the WAL is in the DB unless walDevice', () => {
    // proxmox/pve-docs:pveceph.adoc "The WAL is placed with the DB, if not specified separately"
    const out = run('bluestore', { osdSize: '16TB', rule: 'proxmox', osdsPerDb: '4' });
    expect(figure(out, 'shared')?.value).toBe('6.4 TB (5.82 TiB)');
    expect(figure(out, 'wal')?.label).toBe('WAL (inside block.db)');
    expect(figure(run('bluestore', { osdSize: '16TB', rule: 'proxmox', walDevice: '1' }), 'wal')?.value).toBe('160 GB (149.01 GiB)');
  });
  it('limits and the ratio order are refused on their field, in French too', () => {
    const big = run('ceph', { nodes: '10001', osdsPerNode: '1', osdSize: '4TB' }, 'fr');
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.issues[0]).toMatchObject({ key: 'nodes', message: 'doit être un nombre entier de 1 à 10\u202f000' });
    const order = run('ceph', { nodes: '5', osdsPerNode: '1', osdSize: '4TB', nearfull: '95%' });
    expect(order.ok).toBe(false);
    if (!order.ok) expect(order.issues[0]?.key).toBe('nearfull');
  });
});
