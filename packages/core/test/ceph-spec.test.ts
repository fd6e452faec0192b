/**
 * CEPH_SPEC and what the generic reader gained for it (issue 10): erasure profiles, seconds and the
 * --host-osds grammar as kinds; inputs that apply only in one question (--data), only beside
 * another (--link-speed), or that another replaces (--host-osds); the CLI refusing them with the
 * reason as data, the web skipping them (their fields are hidden).
 */
import { describe, expect, it } from 'vitest';
import { CEPH_SPEC, optionFlags, optionHelp, optionName, readInputs, renderFigures } from '../src/index.js';

const cli = (raw: Record<string, string>, lang: 'en' | 'fr' = 'en') => readInputs(CEPH_SPEC.inputs, raw, lang, { surface: 'cli', name: optionName });
const web = (raw: Record<string, string>, lang: 'en' | 'fr' = 'en') => readInputs(CEPH_SPEC.inputs, raw, lang, { surface: 'web', blankIsAbsent: true });
const refusals = (r: ReturnType<typeof cli>) => (r.ok ? [] : r.issues.map((i) => [i.key, i.code, i.message]));

describe('reading ceph inputs', () => {
  it("capacity: the core's fields, nested recovery, 802.3ad read as lacp, seconds as a number", () => {
    const r = cli({ nodes: '5', osdsPerNode: '4', osdSize: '4TB', ec: '4+2', linkSpeed: '25Gb/s', bondMode: '802.3ad', markOut: '300' });
    // 4TB = 4 × 10^12 B, 25Gb/s = 25 × 10^9 b/s (core units); 802.3ad is Linux's name for lacp (torvalds/linux:Documentation/networking/bonding.rst)
    expect(r).toEqual({
      ok: true,
      system: 'decimal',
      input: {
        mode: 'capacity',
        protectionKind: 'erasure',
        hosts: 5,
        osdsPerHost: 4,
        osdSizeBytes: 4e12,
        ec: { kind: 'erasure', k: 4, m: 2 },
        recovery: { speedBps: 25e9, mode: 'lacp', markOutSeconds: 300 },
      },
    });
  });
  it('--data selects the data target unless --host-osds is given', () => {
    expect(cli({ nodes: '5', data: '200TB' })).toMatchObject({ ok: true, input: { mode: 'target', hosts: 5, dataBytes: 200e12 } });
    expect(refusals(cli({ hostOsds: '4x16TB', data: '200TB' }))).toEqual([['data', 'input.notWith', 'does not apply with --host-osds (it describes every host)']]);
  });
  it("--host-osds: the core's grammar, and the options it replaces are refused, not required", () => {
    // 4x16TB,2x8TB+1x16TB: host 1 has four 16 TB OSDs, host 2 two 8 TB and one 16 TB (packages/core/src/ceph/host-osds.ts)
    expect(cli({ hostOsds: '4x16TB,2x8TB+1x16TB' })).toMatchObject({
      ok: true,
      input: {
        mode: 'capacity',
        hostOsds: [
          [16e12, 16e12, 16e12, 16e12],
          [8e12, 8e12, 16e12],
        ],
      },
    });
    expect(refusals(cli({ hostOsds: '4x16TB', nodes: '3', osdSize: '1TB' }, 'fr')).map((r) => r[2])).toEqual([
      'ne s’applique pas avec --host-osds (qui décrit chaque hôte)',
      'ne s’applique pas avec --host-osds (qui décrit chaque hôte)',
    ]);
  });
  it("the CLI refuses what does not apply, saying why, in the user's language", () => {
    expect(refusals(cli({ nodes: '5', data: '1TB', osdsPerNode: '3' }, 'fr'))).toEqual([
      ['osdsPerNode', 'input.notWith', 'ne s’applique pas avec --data (le volume de données calcule le brut et les disques par nœud)'],
    ]);
    expect(refusals(cli({ nodes: '5', osdsPerNode: '1', osdSize: '1TB', links: '2' }))).toEqual([['links', 'input.needs', 'needs --link-speed (the recovery time is computed from the bond)']]);
    expect(refusals(cli({ nodes: '5', osdsPerNode: '1', osdSize: '1TB', diskSize: '2TB' }))).toEqual([['diskSize', 'input.onlyWith', 'applies only with --data']]);
    expect(refusals(cli({ nodes: '5', osdsPerNode: '1', osdSize: '1TB', replicas: '3', ec: '4+2' }))).toEqual([['ec', 'input.either', 'give either --replicas or --ec, not both']]);
  });
  it('the kinds refuse with their own words: K+M bounds, seconds, the replicated size range', () => {
    // k 2..64, m 1..64 and size 1..32: the core's protection schema (packages/core/src/ceph/protection.ts)
    const r = cli({ nodes: '5', osdsPerNode: '1', osdSize: '1TB', ec: '1+1', linkSpeed: '10G', markOut: '-1' });
    expect(refusals(r)).toEqual([
      ['ec', 'input.ec', 'expected K+M with K from 2 to 64 and M from 1 to 64, e.g. 4+2'],
      ['markOut', 'input.seconds', 'must be a number of seconds, 0 or more'],
    ]);
    expect(refusals(cli({ nodes: '5', osdsPerNode: '1', osdSize: '1TB', replicas: '33' }, 'fr'))).toEqual([['replicas', 'input.countRange', 'doit être un nombre entier de 1 à 32']]);
  });
  it('the web reads the question from its mode field and skips the hidden fields', () => {
    expect(web({ mode: 'target', nodes: '5', data: '200TB', osdsPerNode: 'x', links: 'y' })).toMatchObject({ ok: true, input: { mode: 'target', hosts: 5, dataBytes: 200e12 } });
    expect(web({ nodes: '5', osdsPerNode: '1', osdSize: '1TB', protection: 'erasure', replicas: 'x', ec: '2+1' })).toMatchObject({ ok: true, input: { ec: { kind: 'erasure', k: 2, m: 1 } } });
    expect(refusals(web({ mode: 'target', nodes: '5' }))).toEqual([['data', 'input.required', 'is required']]);
  });
});

describe('the ceph figures', () => {
  it('the rule of thumb divides by 1.1; sizes in the system typed, the other in brackets', () => {
    // 5 × 20 TB, replica 3: 100 TB ÷ (3 × 1.1) = 30.3 TB (docs/ceph-capacity.md, "Rule of thumb")
    const o = CEPH_SPEC.run({ hosts: 5, osdsPerHost: 1, osdSizeBytes: 20e12, lang: 'en', system: 'decimal' });
    if (!o.ok) throw new Error('refused');
    const figs = renderFigures(CEPH_SPEC.figures, o.value, 'en', 'decimal');
    expect(figs.find((f) => f.id === 'rot')).toMatchObject({ label: 'Rule of thumb (÷ 1.1)', value: '30.3 TB (27.56 TiB)' });
    expect(figs.map((f) => f.id)).not.toContain('hosts');
  });
  it('the data target says "not possible" when it is, and shows disk counts only with a disk size', () => {
    // 2 hosts for replica 3: no safe layout (docs/ceph-data-target.md, "Raw/node, safe, N < w")
    const o = CEPH_SPEC.run({ mode: 'target', hosts: 2, dataBytes: 10e12, diskSizeBytes: 4e12, lang: 'fr', system: 'decimal' });
    if (!o.ok) throw new Error('refused');
    const figs = renderFigures(CEPH_SPEC.figures, o.value, 'fr', 'decimal', { diskSizeBytes: 4e12 });
    expect(figs.filter((f) => f.value === 'impossible').map((f) => f.id)).toEqual(['safe-node', 'safe-disks']);
    expect(renderFigures(CEPH_SPEC.figures, o.value, 'fr', 'decimal', {}).map((f) => f.id)).not.toContain('safe-disks');
  });
  it("the CLI help is the hand-written one's", () => {
    // packages/cli/src/main.ts at 479b364 (the hand-written ceph options, defaults from CEPH_DEFAULTS)
    const help = CEPH_SPEC.inputs.filter((i) => i.surface !== 'web').map((i) => `${optionFlags(i)}  ${optionHelp(i, 'en')}`);
    expect(help).toContain('--replicas <s>  replicated pool size (default 3)');
    expect(help).toContain('--ec <k+m>  erasure-coded pool, e.g. 4+2');
    expect(help).toContain('--mark-out <seconds>  mon_osd_down_out_interval, seconds (default 600)');
    expect(help).toContain('--hash <policy>  xmit_hash_policy for recovery traffic: layer2, layer2+3, layer3+4 (default layer3+4)');
  });
});
