/**
 * Physically meaningful bounds on every calculator's inputs, in one place: the core's schemas, the
 * CLI, the web and the planner's scenario all read these, so `--nodes 1e15` is refused (exit 2)
 * instead of printing "2.7e+31 EB". Documented in docs/units.md#limits.
 *
 * Zod messages cannot see the input's language, so the schemas carry a language-neutral message
 * (`limitMessage`) that `validated` renders in the reader's language (`renderLimitMessage`).
 */
import { formatBytes, formatNumber, formatRatio } from '../units/format.js';
import type { Lang } from './types.js';

const TiB = 2 ** 40;

export const LIMITS = {
  /** Nodes (hosts) in one cluster. */
  hosts: 10_000,
  /** OSDs (or data disks) in one host. */
  osdsPerHost: 1_000,
  /** OSDs in one cluster (hosts × OSDs per host). */
  osds: 100_000,
  /** One disk, OSD or DB device: 1 PB. */
  diskBytes: 1e15,
  /** RAM of one node: 64 TiB, above the largest single-system servers sold. */
  nodeRamBytes: 64 * TiB,
  /** Member links of one bond. */
  bondLinks: 64,
  /** Ceph's mon_max_pool_pg_num (65536, doc/rados/configuration/pool-pg-config-ref.rst): the largest pg_num of a pool. */
  pgNum: 65_536,
  /** PGs per OSD targets and limits (mon_target_pg_per_osd 100, mon_max_pg_per_osd 250). */
  pgPerOsd: 10_000,
  /** Any other count (vCPUs, flows...): 2^53, the last exact integer of a double. */
  count: 2 ** 53,
  /** Any other size (data stored, guest RAM...): 8 EiB. */
  bytes: 2 ** 63,
} as const;

/** What a schema check allows, as data; rendered per language when the input is refused. */
export type LimitRule =
  | { readonly k: 'count'; readonly min: number; readonly max: number }
  | { readonly k: 'evenCount'; readonly min: number; readonly max: number }
  | { readonly k: 'sizeMax'; readonly max: number }
  | { readonly k: 'pow2'; readonly max: number }
  | { readonly k: 'osdTotal'; readonly hosts: number; readonly perHost: number; readonly max: number }
  | { readonly k: 'ratioOrder'; readonly nearfull: number; readonly backfillfull: number; readonly full: number }
  | { readonly k: 'atMostLinks'; readonly max: number }
  | { readonly k: 'needsOsdSize' }
  | { readonly k: 'poolTwice'; readonly name: string }
  | { readonly k: 'belowNodes'; readonly nodes: number }
  | { readonly k: 'storedOverRaw'; readonly stored: number; readonly factor: number; readonly raw: number };

const TAG = 'capa-limit:';

/** The message a zod check carries: the rule, encoded; never shown as is. */
export const limitMessage = (rule: LimitRule): string => TAG + JSON.stringify(rule);

const num = (n: number, lang: Lang): string => (n === 2 ** 53 ? '2^53' : formatNumber(n, lang));
const size = (b: number, lang: Lang): string => (b === 2 ** 63 ? (lang === 'fr' ? '8 Eio' : '8 EiB') : formatBytes(b, 'decimal', lang));

function render(r: LimitRule, lang: Lang): string {
  const fr = lang === 'fr';
  switch (r.k) {
    case 'count':
      return fr ? `doit être un nombre entier de ${num(r.min, lang)} à ${num(r.max, lang)}` : `must be a whole number from ${num(r.min, lang)} to ${num(r.max, lang)}`;
    case 'evenCount':
      return fr ? `doit être un nombre entier pair de ${num(r.min, lang)} à ${num(r.max, lang)}` : `must be an even whole number from ${num(r.min, lang)} to ${num(r.max, lang)}`;
    case 'sizeMax':
      return fr ? `doit être une taille d’au plus ${size(r.max, lang)}` : `must be a size of at most ${size(r.max, lang)}`;
    case 'pow2':
      return fr
        ? `doit être une puissance de deux de 1 à ${num(r.max, lang)} (1, 2, 4… ; Ceph lève POOL_PG_NUM_NOT_POWER_OF_TWO sinon)`
        : `must be a power of two from 1 to ${num(r.max, lang)} (1, 2, 4…; Ceph raises POOL_PG_NUM_NOT_POWER_OF_TWO otherwise)`;
    case 'osdTotal':
      return fr
        ? `${num(r.hosts, lang)} hôtes × ${num(r.perHost, lang)} OSD font ${num(r.hosts * r.perHost, lang)} OSD ; au plus ${num(r.max, lang)} par cluster`
        : `${num(r.hosts, lang)} hosts × ${num(r.perHost, lang)} OSDs make ${num(r.hosts * r.perHost, lang)} OSDs; at most ${num(r.max, lang)} per cluster`;
    case 'atMostLinks':
      return fr ? `doit valoir au plus le nombre de liens (${num(r.max, lang)})` : `must be at most the number of links (${num(r.max, lang)})`;
    case 'needsOsdSize':
      return fr
        ? 'est obligatoire quand un pool indique stored= ou target= (capacité = OSD × taille d’un OSD)'
        : 'is required when a pool states stored= or target= bytes (capacity = OSDs × OSD size)';
    case 'poolTwice':
      return fr ? `le pool « ${r.name} » est donné deux fois` : `pool "${r.name}" is given twice`;
    case 'belowNodes':
      return fr ? `doit être inférieur au nombre de nœuds (${num(r.nodes, lang)})` : `must be less than the number of nodes (${num(r.nodes, lang)})`;
    case 'storedOverRaw': {
      const [d, w, raw] = [r.stored, r.stored * r.factor, r.raw].map((b) => formatBytes(Math.floor(b), 'decimal', lang));
      const f = formatNumber(r.factor, lang);
      return fr
        ? `${d} stockés × ${f} = ${w} bruts, plus que la capacité brute du cluster (${raw}) : il ne peut pas les contenir`
        : `${d} stored × ${f} = ${w} raw, more than the cluster's raw capacity (${raw}): it cannot hold them`;
    }
    case 'ratioOrder': {
      const [n, b, f] = [r.nearfull, r.backfillfull, r.full].map((x) => formatRatio(x, lang));
      return fr
        ? `il faut nearfull ≤ backfillfull ≤ full (ici ${n}, ${b}, ${f}) ; Ceph lève OSD_OUT_OF_ORDER_FULL sinon`
        : `nearfull ≤ backfillfull ≤ full must hold (here ${n}, ${b}, ${f}); Ceph raises OSD_OUT_OF_ORDER_FULL otherwise`;
    }
  }
}

/** What a limit allows, in words: for adapters with their own schemas (the planner's scenario). */
export const describeLimit = (rule: LimitRule, lang: Lang): string => render(rule, lang);

/** The rule a schema message encodes, or undefined for a plain message. */
export function parseLimit(message: string): LimitRule | undefined {
  if (!message.startsWith(TAG)) return undefined;
  try {
    return JSON.parse(message.slice(TAG.length)) as LimitRule;
  } catch {
    return undefined;
  }
}

/** A schema message in the reader's language; messages that are not limits pass through. */
export function renderLimitMessage(message: string, lang: Lang): string {
  const rule = parseLimit(message);
  return rule === undefined ? message : render(rule, lang);
}

export const isPowerOfTwo = (n: number): boolean => Number.isInteger(n) && n >= 1 && Number.isInteger(Math.log2(n));

/** The Ceph fill ratios must be ordered; the refusal sits on the first field out of order. */
export function ratioOrderIssue(v: { nearfull: number; backfillfull: number; full: number }): { path: string[]; message: string } | null {
  if (v.nearfull <= v.backfillfull && v.backfillfull <= v.full) return null;
  const message = limitMessage({ k: 'ratioOrder', nearfull: v.nearfull, backfillfull: v.backfillfull, full: v.full });
  return { path: [v.nearfull > v.backfillfull ? 'nearfull' : 'backfillfull'], message };
}
