import { describe, expect, it } from 'vitest';
import { collectCheckIds, docsText } from './support/check-ids.js';

/**
 * Every check id and warning code the code can emit is named in docs/*.md (issue 10: "every check id
 * appears in docs, and a test enforces it"): a script matching on `[pg.per-osd]` or on a warning's
 * `code` can look up what it means. An id counts as documented when a page writes it in backticks,
 * `` `pg.per-osd` `` (an id seen only inside an example listing is shown, not explained).
 */
describe('check ids in the docs', () => {
  const { found, unread } = collectCheckIds();
  const docs = docsText();

  it('reads the ids from every form the code builds them in', () => {
    // One id per form, so a collector that stops seeing a form fails here rather than passing empty.
    const ids = new Set(found.map((f) => f.id));
    for (const id of [
      'pg.per-osd',
      'bluestore.no-db-device',
      'inventory.ceph.fill-after-host-loss',
      'inventory.ceph.fullest-osd',
      'placement.pool-skipped',
      'pve.guest-config-missing',
      'ceph.placement-not-simulated',
      'pve.resources-unreadable',
      'pve.tls-fingerprint',
    ])
      expect(ids, id).toContain(id);
    expect(ids.size).toBeGreaterThan(150);
  });

  it('reads every check id as a literal (or the call is listed in FORWARDED with why)', () => {
    expect(unread.map((u) => `${u.file}:${u.line} check(${u.arg}, …)`)).toEqual([]);
  });

  it('names every id in backticks on a docs page', () => {
    const named = (id: string, prefix: boolean) => docs.includes(prefix ? `\`${id}` : `\`${id}\``);
    const missing = [...new Map(found.filter((f) => !named(f.id, f.prefix)).map((f) => [f.id, `${f.id}${f.prefix ? '…' : ''} (${f.file}:${f.line})`])).values()].sort();
    expect(missing).toEqual([]);
  });
});
