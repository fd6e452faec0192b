import { BOND_MODES, CEPH_DEFAULTS, formatBytes, cephCapacitySimulated, parseHostOsds, cephDataTarget, formatBytesBoth, formatDuration, formatDurationAtLeast, formatRatio, HASH_POLICIES, type Lang, type Protection } from '@capa/core';
import { defined, OptionReader } from '../options.js';
import { badInput, type CommandOutput, emit, type OutputOptions } from '../run.js';
import { loadCrush } from './load-crush.js';

const L = {
  en: { title: 'capa ceph: capacity, safe capacity and a host failure', raw: 'Raw', usable: 'Usable (healthy)', rot: 'Rule of thumb (× 1.1)', nearfull: 'Usable under nearfull', safe: 'Safe usable (after a host loss)', safeOsd: 'Safe usable (after an OSD loss)', safeBf: 'Safe at backfillfull', minSize: 'Default min_size', degradedPgs: 'PGs degraded (host down)', rebuild: 'To rebuild (host down)', recovery: 'Recovery time', rotNode: 'Raw/node, rule of thumb', safeNode: 'Raw/node, safe rule', rotDisks: 'Disks/node, rule of thumb', safeDisks: 'Disks/node, safe rule', none: 'not possible', fillAfter: 'Fill after a host loss', fillAfterOsd: 'Host fill after an OSD loss', hosts: 'Hosts', pgNum: 'pg_num (autoscaler)', crushSafe: 'Safe usable, CRUSH simulated', fullest: 'Fullest OSD now (CRUSH)', fullestAfter: (h: string) => `Fullest OSD after losing ${h} (CRUSH)`, belowMin: 'PGs below min_size (host down)', crushRecovery: 'Recovery time (busiest host/OSD)', target: 'capa ceph: raw per node for a data target' },
  fr: { title: 'capa ceph : capacité, capacité sûre et panne d’un hôte', raw: 'Brut', usable: 'Utile (sain)', rot: 'Règle du cours (× 1,1)', nearfull: 'Utile sous nearfull', safe: 'Utile sûr (après perte d’un hôte)', safeOsd: 'Utile sûr (après perte d’un OSD)', safeBf: 'Sûr à backfillfull', minSize: 'min_size par défaut', degradedPgs: 'PG dégradés (hôte en panne)', rebuild: 'À reconstruire (hôte en panne)', recovery: 'Durée de reconstruction', rotNode: 'Brut/nœud, règle du cours', safeNode: 'Brut/nœud, règle sûre', rotDisks: 'Disques/nœud, règle du cours', safeDisks: 'Disques/nœud, règle sûre', none: 'impossible', fillAfter: 'Remplissage après perte d’un hôte', fillAfterOsd: 'Remplissage de l’hôte après perte d’un OSD', hosts: 'Hôtes', pgNum: 'pg_num (autoscaler)', crushSafe: 'Utile sûr, CRUSH simulé', fullest: 'OSD le plus plein (CRUSH)', fullestAfter: (h: string) => `OSD le plus plein après perte de ${h} (CRUSH)`, belowMin: 'PG sous min_size (hôte en panne)', crushRecovery: 'Reconstruction (hôte/OSD le plus chargé)', target: 'capa ceph : brut par nœud pour un volume de données' },
} satisfies Record<Lang, Record<string, string | ((h: string) => string)>>;

const FIELDS = { hostOsds: '--host-osds', hosts: '--nodes', osdsPerHost: '--osds-per-node', osdSizeBytes: '--osd-size', protection: '--replicas', storedBytes: '--stored', dataBytes: '--data', diskSizeBytes: '--disk-size', 'recovery.speedBps': '--link-speed', 'recovery.links': '--links', 'recovery.osdWriteBps': '--osd-write', 'recovery.markOutSeconds': '--mark-out' };

/** "--ec 4+2" → k = 4, m = 2. */
function readProtection(r: OptionReader, opts: Record<string, unknown>): Protection | undefined {
  if (r.has('replicas') && r.has('ec')) { r.fail('ec', opts['ec'], 'give either --replicas or --ec, not both'); return undefined; }
  if (r.has('ec')) {
    const m = /^\s*(\d+)\s*\+\s*(\d+)\s*$/.exec(String(opts['ec']));
    const k = Number(m?.[1]);
    const mm = Number(m?.[2]);
    if (!m || !(k >= 2 && k <= 64) || !(mm >= 1 && mm <= 64)) { r.fail('ec', opts['ec'], 'expected K+M with K from 2 to 64 and M from 1 to 64, e.g. 4+2'); return undefined; }
    return { kind: 'erasure', k, m: mm };
  }
  if (!r.has('replicas')) return { kind: 'replicated', size: CEPH_DEFAULTS.replicas };
  const m = /^\s*(\d+)\s*$/.exec(String(opts['replicas']));
  const size = Number(m?.[1]);
  if (!m || size < 1 || size > 32) { r.fail('replicas', opts['replicas'], 'must be a whole number from 1 to 32'); return undefined; }
  return size === undefined ? undefined : { kind: 'replicated', size };
}

const EXCLUSIVE = ['nodes', 'osdsPerNode', 'osdSize', 'data', 'diskSize'];
const excludes = { en: 'does not apply with --host-osds (it describes every host)', fr: 'ne s’applique pas avec --host-osds (qui décrit chaque hôte)' } satisfies Record<Lang, string>;

/** "--host-osds 4x16TB,2x8TB+1x16TB": the core's grammar; the other hardware options are refused. */
function readHostOsds(r: OptionReader, opts: Record<string, unknown>, lang: Lang): number[][] | undefined {
  for (const o of EXCLUSIVE) if (r.has(o)) r.fail(o, opts[o], excludes[lang]);
  const parsed = parseHostOsds(String(opts['hostOsds']), lang);
  if (!parsed.ok) { r.fail('hostOsds', opts['hostOsds'], parsed.reason); return undefined; }
  r.system ??= parsed.value.system;
  return parsed.value.hosts;
}

export async function cephCommand(opts: Record<string, unknown>, out: OutputOptions): Promise<CommandOutput> {
  const r = new OptionReader(opts, out.lang);
  const hostOsds = r.has('hostOsds') ? readHostOsds(r, opts, out.lang) : undefined;
  const hosts = r.has('hostOsds') ? undefined : r.require('nodes', r.count('nodes'));
  const protection = readProtection(r, opts);
  const ratios = defined({ nearfull: r.ratio('nearfull'), backfillfull: r.ratio('backfillfull'), full: r.ratio('full') });
  const t = L[out.lang];
  const lang = out.lang;

  if (r.has('data') && !r.has('hostOsds')) {
    // The data target sizes the hardware: options describing existing hardware would be silently ignored.
    for (const o of ['osdsPerNode', 'osdSize', 'stored', 'linkSpeed', 'links', 'bondMode', 'hash', 'osdWrite', 'markOut']) {
      if (r.has(o)) r.fail(o, opts[o], 'does not apply with --data (the data target computes raw and disks per node)');
    }
    const dataBytes = r.size('data');
    const diskSizeBytes = r.size('diskSize');
    if (r.issues.length > 0 || hosts === undefined || protection === undefined || dataBytes === undefined) return badInput(r.issues);
    const sys = r.system ?? 'decimal';
    return emit(cephDataTarget({ hosts, dataBytes, protection, ...ratios, ...defined({ diskSizeBytes }), system: sys, lang }), out, FIELDS, (v) => ({
      title: t.target,
      figures: [
        { label: t.rotNode, value: formatBytesBoth(v.ruleOfThumbNodeRawBytes, sys, lang) },
        { label: t.safeNode, value: v.safeNodeRawBytes === null ? t.none : formatBytesBoth(v.safeNodeRawBytes, sys, lang) },
        ...(v.ruleOfThumbDisksPerNode === null ? [] : [{ label: t.rotDisks, value: String(v.ruleOfThumbDisksPerNode) }]),
        ...(diskSizeBytes === undefined ? [] : [{ label: t.safeDisks, value: v.safeDisksPerNode === null ? t.none : String(v.safeDisksPerNode) }]),
      ],
    }));
  }

  const equal = !r.has('hostOsds');
  const osdsPerHost = equal ? r.require('osdsPerNode', r.count('osdsPerNode')) : undefined;
  const osdSizeBytes = equal ? r.require('osdSize', r.size('osdSize')) : undefined;
  const storedBytes = r.size('stored');
  let recovery: Record<string, unknown> | undefined;
  if (r.has('linkSpeed')) {
    recovery = defined({
      speedBps: r.rate('linkSpeed'), links: r.count('links'), mode: opts['bondMode'] === '802.3ad' ? 'lacp' as const : r.choice('bondMode', BOND_MODES), hash: r.choice('hash', HASH_POLICIES),
      osdWriteBps: r.rate('osdWrite'), markOutSeconds: r.seconds('markOut'),
    });
  } else {
    for (const o of ['links', 'bondMode', 'hash', 'osdWrite', 'markOut']) if (r.has(o)) r.fail(o, opts[o], 'needs --link-speed (the recovery time is computed from the bond)');
  }
  const form = hostOsds !== undefined ? { hostOsds } : hosts !== undefined && osdsPerHost !== undefined && osdSizeBytes !== undefined ? { hosts, osdsPerHost, osdSizeBytes } : undefined;
  if (r.issues.length > 0 || form === undefined || protection === undefined) return badInput(r.issues);
  const sys = r.system ?? 'binary';
  const both = (b: number) => formatBytesBoth(b, sys, lang);
  // Ceph's placement (@capa/crush, LGPL-2.1) is loaded at run time, outside the CLI bundle.
  const crush = await loadCrush();
  return emit(
    cephCapacitySimulated({ ...form, protection, ...ratios, ...defined({ storedBytes }), ...(recovery ? { recovery: recovery as never } : {}), system: sys, lang }, crush),
    out, FIELDS,
    (v) => ({
      title: t.title,
      figures: [
        ...(hostOsds === undefined ? [] : [{ label: t.hosts, value: `${v.hostRawBytes.length} (${v.hostRawBytes.map((b) => formatBytes(b, sys, lang)).join(', ')})` }]),
        { label: t.raw, value: both(v.rawBytes) },
        { label: t.usable, value: both(v.usableBytes) },
        { label: t.rot, value: both(v.ruleOfThumbUsableBytes) },
        { label: t.nearfull, value: both(v.nearfullUsableBytes) },
        { label: v.healing === 'cannot-heal' ? t.safeOsd : t.safe, value: both(v.safeUsableBytes) },
        ...(v.crushSafeUsableBytes === null ? [] : [{ label: t.crushSafe, value: both(v.crushSafeUsableBytes) }]),
        { label: t.safeBf, value: both(v.safeUsableBackfillfullBytes) },
        { label: t.pgNum, value: String(v.placement.pgNum) },
        { label: t.minSize, value: String(v.minSize) },
        { label: t.degradedPgs, value: formatRatio(v.hostFailure.degradedPgFraction, lang) },
        { label: t.rebuild, value: both(v.hostFailure.rebuildBytes) },
        ...(v.fullestOsdFill === null ? [] : [{ label: t.fullest, value: formatRatio(v.fullestOsdFill, lang) }]),
        ...(v.fillAfterFailure === null ? [] : [{ label: v.healing === 'heals' ? t.fillAfter : t.fillAfterOsd, value: formatRatio(v.fillAfterFailure, lang) }]),
        ...(v.fullestOsdFillAfterFailure === null || v.placement.worstHost === null ? [] : [{ label: t.fullestAfter(v.placement.worstHost), value: formatRatio(v.fullestOsdFillAfterFailure, lang) }]),
        ...(v.hostFailure.pgsBelowMinSizeFraction === null ? [] : [{ label: t.belowMin, value: formatRatio(v.hostFailure.pgsBelowMinSizeFraction, lang) }]),
        ...(v.hostFailure.recoverySeconds === null ? [] : [{ label: t.recovery, value: (v.hostFailure.recoveryIsLowerBound ? formatDurationAtLeast : formatDuration)(v.hostFailure.recoverySeconds, lang) }]),
        ...(v.hostFailure.crushRecoverySeconds === null ? [] : [{ label: t.crushRecovery, value: formatDurationAtLeast(v.hostFailure.crushRecoverySeconds, lang) }]),
      ],
    }),
  );
}

