/**
 * `capa placement`: every PG's up set and primary as Ceph computes them (@capa/crush), per-OSD and
 * per-host PG shards and expected fill, optionally with OSDs or hosts down and out. Thin: reading
 * files, naming bad input, formatting; the placement and its bookkeeping live in @capa/crush, the
 * inventory's reading in @capa/importer.
 */
import { count, formatBytes, formatNumber, formatRatio, type Lang, listSize, type Params, plural } from '@capa/core';
import type * as Crush from '@capa/crush';
import { loadCrush } from './load-crush.js';
import type { OptionIssue } from '../options.js';
import { badInput, type CommandOutput, type OutputOptions } from '../run.js';
import { loadImporter, loadReader } from './importer/load.js';

/** PGs listed per pool in the terminal without --all (JSON always has them all). */
export const PGS_SHOWN = 16;

/** The command's words (exported for the plurals test, which renders every catalogue). */
// biome-ignore format: a table, several short entries per line as it reads
export const L = {
  en: {
    title: 'capa placement: Ceph’s PG placement (CRUSH, as Ceph computes it)',
    summary: (pgs: number, pools: number, osds: number, hosts: number) => `${count(pgs, 'en', 'PG', 'PGs')} in ${count(pools, 'en', 'pool', 'pools')} on ${count(osds, 'en', 'OSD', 'OSDs')}, ${count(hosts, 'en', 'host', 'hosts')}`,
    marked: 'Marked down and out', none: 'none',
    pool: 'Pool', rep: 'replicated', ec: 'erasure', size: 'size', stored: 'stored', perShard: 'per PG shard', unknown: 'unknown',
    undersized: 'PGs undersized', belowMin: 'below min_size (I/O blocked)', noOsd: 'without any OSD',
    shown: (n: number, total: number) => `… ${n} of ${count(total, 'en', 'PG', 'PGs')} shown: --all lists every PG, --json gives them all`,
    hosts: 'Hosts', osds: 'OSDs', fullest: 'Fullest OSDs',
    head: { host: 'host', osd: 'osd', osdsCol: 'OSDs', state: 'state', sizeCol: 'size', shards: 'PG shards', prim: 'primaries', exp: 'expected', fill: 'fill', hfull: 'fullest OSD', pg: 'PG', up: 'up', primary: 'primary' },
    up: 'up', down: 'down', out: 'out',
    assumptions: 'Assumptions', warnings: 'Warnings',
    a1: 'stored bytes per PG = pool stored / pg_num (every PG of a pool holds the same data); a replicated PG puts it on each OSD of its up set, an EC PG a k-th on each shard',
    a2: 'OSDs marked out are also down: the placement is the one Ceph converges to once they are out and backfill has ended',
    a3: 'balancer: the map’s pg_upmap and pg_upmap_items are applied as they are; none are added',
    a4: 'no stored bytes: shards only, no fill (an inventory with ceph df gives the fill)',
    a5: 'OSD size = CRUSH weight × 1 TiB (no osd df)',
    skip: (names: string) => `no stored bytes (or EC k) for ${plural(listSize(names), 'en', 'pool', 'pools')} ${names}: their PGs count as shards, not in the fill`,
  },
  fr: {
    title: 'capa placement : placement des PG de Ceph (CRUSH, calculé comme Ceph)',
    summary: (pgs: number, pools: number, osds: number, hosts: number) => `${pgs} PG dans ${count(pools, 'fr', 'pool', 'pools')} sur ${osds} OSD, ${count(hosts, 'fr', 'hôte', 'hôtes')}`,
    marked: 'Marqués down et out', none: 'aucun',
    pool: 'Pool', rep: 'répliqué', ec: 'erasure', size: 'size', stored: 'stocké', perShard: 'par fragment de PG', unknown: 'inconnu',
    undersized: 'PG incomplets', belowMin: 'sous min_size (E/S bloquées)', noOsd: 'sans aucun OSD',
    shown: (n: number, total: number) => `… ${n} PG sur ${total} affichés : --all les liste tous, --json les donne tous`,
    hosts: 'Hôtes', osds: 'OSD', fullest: 'OSD les plus pleins',
    head: { host: 'hôte', osd: 'osd', osdsCol: 'OSD', state: 'état', sizeCol: 'taille', shards: 'fragments', prim: 'primaires', exp: 'attendu', fill: 'rempl.', hfull: 'OSD le plus plein', pg: 'PG', up: 'up', primary: 'primaire' },
    up: 'up', down: 'down', out: 'out',
    assumptions: 'Hypothèses', warnings: 'Avertissements',
    a1: 'octets stockés par PG = stocké du pool / pg_num (tous les PG d’un pool portent autant de données) ; un PG répliqué les met sur chaque OSD de son up set, un PG EC un k-ième par fragment',
    a2: 'les OSD marqués out sont aussi down : le placement est celui vers lequel Ceph converge une fois ces OSD out et le backfill terminé',
    a3: 'balancer : les pg_upmap et pg_upmap_items de la carte sont appliqués tels quels ; aucun n’est ajouté',
    a4: 'pas d’octets stockés : fragments seulement, pas de remplissage (un inventaire avec ceph df le donne)',
    a5: 'taille d’un OSD = poids CRUSH × 1 Tio (pas d’osd df)',
    skip: (names: string) => `pas d’octets stockés (ou de k EC) pour ${plural(listSize(names), 'fr', 'le pool', 'les pools')} ${names} : leurs PG comptent comme fragments, pas dans le remplissage`,
  },
} as const;

const ISSUE = {
  en: {
    source: 'give either INVENTORY.json or both --osdmap FILE (ceph osd dump -f json) and --crush FILE (ceph osd crush dump -f json)',
    both: 'give INVENTORY.json or --osdmap/--crush, not both',
    pair: (other: string) => `needs ${other} too`,
    json: 'is not valid JSON',
    noCeph: 'has no Ceph part (import it with capa import ceph)',
    pool: (list: string) => `no such pool (pools: ${list})`,
    osd: (list: string) => `must be an OSD id of the map, e.g. 3 or osd.3 (OSDs: ${list})`,
    host: (list: string) => `no such host (hosts: ${list})`,
    top: 'must be a whole number from 1 to 1000',
  },
  fr: {
    source: 'donnez INVENTAIRE.json, ou --osdmap FICHIER (ceph osd dump -f json) et --crush FICHIER (ceph osd crush dump -f json)',
    both: 'donnez INVENTAIRE.json ou --osdmap/--crush, pas les deux',
    pair: (other: string) => `demande aussi ${other}`,
    json: 'n’est pas du JSON valide',
    noCeph: 'n’a pas de partie Ceph (importez-la avec capa import ceph)',
    pool: (list: string) => `pool inconnu (pools : ${list})`,
    osd: (list: string) => `doit être l’id d’un OSD de la carte, p. ex. 3 ou osd.3 (OSD : ${list})`,
    host: (list: string) => `hôte inconnu (hôtes : ${list})`,
    top: 'doit être un entier de 1 à 1000',
  },
} as const;

const shortList = (items: readonly string[], n = 20): string => (items.length > n ? `${items.slice(0, n).join(', ')}, … (${items.length})` : items.join(', ') || '—');

/** Compresses sorted ids into ranges: 0-3, 5, 8-10. */
function ranges(ids: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ids.length; ) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j]! + 1) j++;
    out.push(j === i ? String(ids[i]) : `${ids[i]}-${ids[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

function table(head: readonly string[], rows: readonly (readonly string[])[], rightFrom: number): string[] {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => `  ${r.map((c, i) => (i >= rightFrom ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ')}`.trimEnd();
  return [line(head), ...rows.map(line)];
}

export async function placementCommand(opts: Record<string, unknown>, out: OutputOptions, args: readonly string[]): Promise<CommandOutput> {
  const lang: Lang = out.lang;
  const m = ISSUE[lang];
  const issues: OptionIssue[] = [];
  const osdmapFile = typeof opts['osdmap'] === 'string' ? opts['osdmap'] : undefined;
  const crushFile = typeof opts['crush'] === 'string' ? opts['crush'] : undefined;
  const inventoryFile = args[0];
  let top = 5;
  if (opts['top'] !== undefined) {
    const n = Number(opts['top']);
    if (typeof opts['top'] !== 'string' || !/^\d+$/.test(opts['top']) || n < 1 || n > 1000) issues.push({ option: '--top', value: opts['top'], message: m.top });
    else top = n;
  }
  if (inventoryFile !== undefined && (osdmapFile !== undefined || crushFile !== undefined)) issues.push({ option: 'INVENTORY', value: inventoryFile, message: m.both });
  else if (inventoryFile === undefined && osdmapFile === undefined && crushFile === undefined) issues.push({ option: '--osdmap', value: undefined, message: m.source });
  else if (inventoryFile === undefined && osdmapFile === undefined) issues.push({ option: '--osdmap', value: undefined, message: m.pair('--crush') });
  else if (inventoryFile === undefined && crushFile === undefined) issues.push({ option: '--crush', value: undefined, message: m.pair('--osdmap') });
  if (issues.length > 0) return badInput(issues);

  const { readInputFile, CAPTURE_FILE_LIMIT } = await loadReader();
  const crush = await loadCrush();
  const readJson = (option: string, file: string): unknown => {
    const r = readInputFile(file, { limitBytes: CAPTURE_FILE_LIMIT, lang });
    if (!r.ok) {
      issues.push({ option, value: file, message: r.message });
      return undefined;
    }
    try {
      return JSON.parse(r.text);
    } catch {
      issues.push({ option, value: file, message: m.json });
      return undefined;
    }
  };

  // The two documents, and what the fill needs.
  let crushDump: Crush.CrushDump | undefined;
  let osdDump: Crush.OsdDump | undefined;
  let storedBytes: Map<number, number | null> | undefined;
  let dataChunks: Map<number, number> | undefined;
  let osdSizeBytes: Map<number, number> | undefined;
  // Each warning: its code, language-free params, and the words in the run's language.
  const warnings: { code: string; message: string; params?: Params }[] = [];
  let source: Record<string, unknown>;
  if (inventoryFile !== undefined) {
    const data = readJson('INVENTORY', inventoryFile);
    if (data === undefined) return badInput(issues);
    const imp = await loadImporter();
    let input;
    try {
      input = imp.placementInputFromInventory(imp.readInventory(JSON.stringify(data), inventoryFile));
    } catch (e) {
      return badInput([{ option: 'INVENTORY', value: inventoryFile, message: imp.importErrorText(e, lang) }]);
    }
    if (input === null) return badInput([{ option: 'INVENTORY', value: inventoryFile, message: m.noCeph }]);
    ({ crushDump, osdDump, storedBytes, dataChunks, osdSizeBytes } = input);
    warnings.push(...input.warnings.map((w) => ({ code: w.code, message: imp.warningText(w, lang), ...(w.params ? { params: w.params } : {}) })));
    source = { kind: 'inventory', inventory: inventoryFile, mapFromOsdTree: input.fromOsdTree };
  } else {
    const c = readJson('--crush', crushFile!);
    const o = readJson('--osdmap', osdmapFile!);
    if (issues.length > 0) return badInput(issues);
    try {
      crushDump = crush.parseCrushDump(c);
    } catch (e) {
      issues.push({ option: '--crush', value: crushFile, message: crush.crushErrorText(e, lang) });
    }
    try {
      osdDump = crush.parseOsdDump(o);
    } catch (e) {
      issues.push({ option: '--osdmap', value: osdmapFile, message: crush.crushErrorText(e, lang) });
    }
    if (issues.length > 0 || !crushDump || !osdDump) return badInput(issues);
    dataChunks = crush.dataChunksFromDump(osdDump);
    source = { kind: 'files', osdmap: osdmapFile, crush: crushFile, mapFromOsdTree: false };
  }
  let map: Crush.OsdMap;
  try {
    map = crush.loadPlacement(crushDump, osdDump);
  } catch (e) {
    const option = inventoryFile !== undefined ? 'INVENTORY' : (e as { field?: string }).field?.startsWith('osd dump') ? '--osdmap' : '--crush';
    return badInput([{ option, value: inventoryFile ?? (option === '--osdmap' ? osdmapFile : crushFile), message: crush.crushErrorText(e, lang) }]);
  }
  // What the CRUSH reader assumed (a legacy straw bucket): worded by the importer's catalogue, the inventory's warning of the same fact.
  if (map.crush.warnings.length > 0) {
    const { warningText } = await loadImporter();
    for (const w of map.crush.warnings) {
      const params = { ...w.params, detail: w.message };
      warnings.push({ code: 'placement.crush-assumption', message: warningText({ code: 'ceph.crush-map-assumption', message: w.message, params }, lang), params: w.params });
    }
  }

  // --pool, --out, --fail-host: named against the map.
  const poolList = [...map.pools.values()].sort((a, b) => a.id - b.id);
  let poolIds: number[] | undefined;
  if (typeof opts['pool'] === 'string') {
    const want = opts['pool'];
    const p = poolList.find((x) => String(x.id) === want || x.name === want);
    if (p) poolIds = [p.id];
    else issues.push({ option: '--pool', value: want, message: m.pool(shortList(poolList.map((x) => `${x.id} ${x.name}`))) });
  }
  const existing: number[] = [];
  for (let i = 0; i < map.maxOsd; i++) if (map.exists[i] === 1) existing.push(i);
  const outs = new Set<number>();
  for (const text of (opts['out'] as string[] | undefined) ?? []) {
    const mm = /^(?:osd\.)?(\d+)$/.exec(text.trim());
    const id = mm ? Number(mm[1]) : NaN;
    if (mm && id < map.maxOsd && map.exists[id] === 1) outs.add(id);
    else issues.push({ option: '--out', value: text, message: m.osd(ranges(existing)) });
  }
  const hosts = crush.hostsOf(map);
  const failedHosts: string[] = [];
  for (const name of (opts['failHost'] as string[] | undefined) ?? []) {
    const osds = hosts.get(name);
    if (osds) {
      failedHosts.push(name);
      for (const o of osds) if (map.exists[o] === 1) outs.add(o);
    } else issues.push({ option: '--fail-host', value: name, message: m.host(shortList([...hosts.keys()])) });
  }
  if (issues.length > 0) return badInput(issues);
  const marked = [...outs].sort((a, b) => a - b);
  crush.markDownOut(map, marked);

  const s = crush.placementSummary(map, {
    ...(poolIds ? { pools: poolIds } : {}),
    ...(storedBytes ? { storedBytes } : {}),
    ...(dataChunks ? { dataChunks } : {}),
    ...(osdSizeBytes ? { osdSizeBytes } : {}),
  });
  const fullest = crush.fullestOsds(s, top);
  const t = L[lang];
  const assumptions = [t.a1, t.a2, t.a3, ...(s.bytesKnown ? [] : [t.a4]), ...(osdSizeBytes ? [] : [t.a5])];
  if (s.bytesKnown && s.poolsWithoutBytes.length > 0) {
    const pools = s.poolsWithoutBytes.join(', ');
    warnings.push({ code: 'placement.pool-without-bytes', message: t.skip(pools), params: { pools } });
  }

  if (out.json) {
    const doc = {
      source,
      marked: { out: (opts['out'] as string[] | undefined) ?? [], failedHosts, osds: marked },
      pools: s.pools,
      osds: s.osds,
      hosts: s.hosts,
      fullestOsds: fullest.map((o) => o.id),
      assumptions,
      warnings,
    };
    return { stdout: `${JSON.stringify(doc, null, 2)}\n`, stderr: '', code: 0, json: true };
  }

  // Terminal: summary, each pool's first PGs, hosts, OSDs, the fullest.
  const all = opts['all'] === true;
  const bytes = (b: number) => formatBytes(b, 'binary', lang);
  const fill = (f: number | null) => (f === null ? '—' : formatRatio(f, lang));
  const totalPgs = s.pools.reduce((n, p) => n + p.pgNum, 0);
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  const lines = [t.title, '', `  ${t.summary(totalPgs, s.pools.length, s.osds.length, s.hosts.length)}`];
  lines.push(`  ${t.marked}${colon} ${marked.length === 0 ? t.none : `osd ${ranges(marked)}${failedHosts.length ? ` (${failedHosts.join(', ')})` : ''}`}`);
  const h = t.head;
  for (const p of s.pools) {
    lines.push(
      '',
      `${t.pool} ${p.id} ${p.name}${colon} ${p.type === 'erasure' ? t.ec : t.rep}, ${t.size} ${p.size} (min_size ${p.minSize}), pg_num ${p.pgNum}, pgp_num ${p.pgpNum}, ${t.stored} ${p.storedBytes === null ? t.unknown : bytes(p.storedBytes)}${p.bytesPerShard === null ? '' : ` → ${bytes(p.bytesPerShard)} ${t.perShard}`}`,
    );
    lines.push(`  ${t.undersized} ${p.pgsUndersized}, ${t.belowMin} ${p.pgsBelowMinSize}, ${t.noOsd} ${p.pgsWithoutOsd}`);
    const shown = all ? p.pgs : p.pgs.slice(0, PGS_SHOWN);
    lines.push(
      ...table(
        [h.pg, h.up, h.primary],
        shown.map((g) => [g.pgid, `[${g.up.map((x) => (x === null ? 'NONE' : String(x))).join(',')}]`, String(g.primary)]),
        2,
      ),
    );
    if (shown.length < p.pgs.length) lines.push(`  ${t.shown(shown.length, p.pgs.length)}`);
  }
  lines.push('', `${t.hosts}${colon}`);
  lines.push(
    ...table(
      [h.host, h.osdsCol, h.sizeCol, h.shards, h.exp, h.fill, h.hfull],
      s.hosts.map((x) => [x.name, ranges(x.osds), bytes(x.sizeBytes), String(x.pgShards), s.bytesKnown ? bytes(x.expectedBytes) : '—', fill(x.expectedFill), fill(x.fullestOsdFill)]),
      2,
    ),
  );
  lines.push('', `${t.osds}${colon}`);
  const state = (o: Crush.OsdSummary) => `${o.up ? t.up : t.down}${o.reweight === 0 ? `/${t.out}` : o.reweight < 1 ? ` ${formatNumber(o.reweight, lang, 3)}` : ''}`;
  lines.push(
    ...table(
      [h.osd, h.host, h.state, h.sizeCol, h.shards, h.prim, h.exp, h.fill],
      s.osds.map((o) => [`osd.${o.id}`, o.host ?? '—', state(o), bytes(o.sizeBytes), String(o.pgShards), String(o.primaries), s.bytesKnown ? bytes(o.expectedBytes) : '—', fill(o.expectedFill)]),
      3,
    ),
  );
  lines.push('', `${t.fullest}${colon} ${fullest.map((o) => `osd.${o.id} (${o.host ?? '—'}) ${s.bytesKnown ? fill(o.expectedFill) : `${o.pgShards} ${h.shards}`}`).join(', ')}`);
  lines.push('', `${t.assumptions}${colon}`, ...assumptions.map((a) => `  - ${a}`));
  if (warnings.length > 0) lines.push('', `${t.warnings}${colon}`, ...warnings.map((w) => `  ⚠ ${w.message}  [${w.code}]`));
  return { stdout: `${lines.join('\n')}\n`, stderr: '', code: 0 };
}
