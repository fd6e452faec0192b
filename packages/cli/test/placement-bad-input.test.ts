/**
 * `capa placement` refuses bad input with exit 2, nothing on stdout, the option and the value named,
 * in the user's language (the fixture cluster: placement.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, CRUSH, OSDMAP, SANDBOX_INVENTORY } from './placement-cli.js';
import { expectBadInput, STACK_FRAME } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'capa-placement-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('capa placement: bad input (exit 2, nothing on stdout, the option and value named)', () => {
  const base = ['placement', '--osdmap', OSDMAP, '--crush', CRUSH];
  it('no source, or half of one', async () => {
    expectBadInput(await cli(['placement']), '--osdmap');
    expectBadInput(await cli(['placement', '--osdmap', OSDMAP]), '--crush');
    expectBadInput(await cli(['placement', SANDBOX_INVENTORY, '--crush', CRUSH]), 'INVENTORY');
  });
  it('unknown pool, OSD or host: what exists is listed', async () => {
    const p = await cli([...base, '--pool', 'nope']);
    expectBadInput(p, '--pool', 'nope');
    expect(p.stderr).toContain('1 rbd');
    const o = await cli([...base, '--out', '11']);
    expectBadInput(o, '--out', '11');
    expect(o.stderr).toContain('0-10');
    const h = await cli([...base, '--fail-host', 'pve9']);
    expectBadInput(h, '--fail-host', 'pve9');
    expect(h.stderr).toContain('pve1, pve2, pve3, pve4, pve5');
    expectBadInput(await cli([...base, '--top', '0']), '--top', '0');
  });
  it('files: missing, not JSON, a bad field named', async () => {
    expectBadInput(await cli(['placement', '--osdmap', join(tmp, 'absent.json'), '--crush', CRUSH]), '--osdmap', 'absent.json');
    writeFileSync(join(tmp, 'bad.json'), '{"devices": [');
    expectBadInput(await cli(['placement', '--osdmap', OSDMAP, '--crush', join(tmp, 'bad.json')]), '--crush', 'bad.json');
    const crush = JSON.parse(readFileSync(CRUSH, 'utf8'));
    crush.buckets[1].items[0].weight = -1;
    writeFileSync(join(tmp, 'neg.json'), JSON.stringify(crush));
    const r = await cli(['placement', '--osdmap', OSDMAP, '--crush', join(tmp, 'neg.json')]);
    expectBadInput(r, '--crush', 'neg.json');
    expect(r.stderr).toContain('crush dump.buckets[1].items[0].weight: must be 0 or more');
    expectBadInput(await cli(['placement', '--osdmap', tmp, '--crush', CRUSH]), '--osdmap');
  });
  it('in French with --lang fr', async () => {
    const r = await cli([...base, '--fail-host', 'pve9', '--lang', 'fr']);
    expectBadInput(r, '--fail-host', 'pve9');
    expect(r.stderr).toContain('hôte inconnu');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const h = await cli([...base, '--lang', 'fr']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Hôtes');
    expect(h.stdout).toContain('Hypothèses');
    expect(h.stdout).toMatch(/9,09 Tio/);
  });
});
