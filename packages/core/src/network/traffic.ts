/**
 * Traffic classes on a bond, as typed: `ceph-public=10Gb/s,guests=5Gb/s` (or `--class` repeated),
 * and how a saturated bond shares its capacity between them. Names are free (a custom VLAN's name);
 * the known ones carry rules (corosync's latency, Ceph's own network, recovery only after a failure).
 */
import type { Lang } from '../explain/types.js';
import type { ParseResult } from '../units/size.js';
import { parseRate } from '../units/rate.js';

/** The classes the issue names; any other name is a custom class. */
export const TRAFFIC_CLASSES = ['ceph-public', 'ceph-cluster', 'recovery', 'corosync', 'migration', 'backup', 'guests'] as const;
/** Ceph's own traffic: the course's storage network carries these and nothing else. */
export const CEPH_CLASSES: readonly string[] = ['ceph-public', 'ceph-cluster', 'recovery'];
/** Lowercase letters, digits and hyphens, a letter first: a class's name is also a formula variable (budget.ts). */
export const CLASS_NAME = /^[a-z][a-z0-9-]{0,31}$/;
/** The most classes one bond takes (VLANs are 12-bit; far beyond any real bond). */
export const MAX_CLASSES = 64;

export interface TrafficClass {
  readonly name: string;
  readonly bps: number;
}

const words = {
  en: {
    syntax: (part: string) => `"${part}" is not a name=rate pair: expected e.g. ceph-public=10Gb/s,guests=5Gb/s (names ${TRAFFIC_CLASSES.join(', ')} or your own: a letter, then letters, digits, -)`,
    rate: (part: string, why: string) => `"${part}": ${why}`,
    twice: (name: string) => `"${name}" is given twice`,
    count: () => `give from 1 to ${MAX_CLASSES} classes, e.g. ceph-public=10Gb/s,guests=5Gb/s`,
  },
  fr: {
    syntax: (part: string) =>
      `« ${part} » n’est pas une paire nom=débit : attendu p. ex. ceph-public=10Gb/s,guests=5Gb/s (noms ${TRAFFIC_CLASSES.join(', ')} ou le vôtre : une lettre, puis lettres, chiffres, -)`,
    rate: (part: string, why: string) => `« ${part} » : ${why}`,
    twice: (name: string) => `« ${name} » est donnée deux fois`,
    count: () => `indiquez de 1 à ${MAX_CLASSES} classes, p. ex. ceph-public=10Gb/s,guests=5Gb/s`,
  },
} satisfies Record<Lang, Record<string, (...a: string[]) => string>>;

/** Splits after a unit only (`10Gb/s,guests=…`), so a French decimal comma (2,5Gb/s) stays whole. */
const splitClasses = (text: string): string[] =>
  text
    .split(/(?<=[A-Za-z/])\s*[;,]\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

export function parseClasses(text: string, lang: Lang = 'en'): ParseResult<TrafficClass[]> {
  const t = words[lang];
  const parts = splitClasses(text);
  if (parts.length === 0 || parts.length > MAX_CLASSES) return { ok: false, reason: t.count() };
  const out: TrafficClass[] = [];
  for (const part of parts) {
    const m = /^([^=:\s]+)\s*[=:]\s*(.+)$/.exec(part);
    const name = m?.[1]?.toLowerCase();
    if (!m || name === undefined || !CLASS_NAME.test(name)) return { ok: false, reason: t.syntax(part) };
    const r = parseRate(m[2] ?? '', lang);
    if (!r.ok) return { ok: false, reason: t.rate(part, r.reason) };
    if (out.some((c) => c.name === name)) return { ok: false, reason: t.twice(name) };
    out.push({ name, bps: r.value });
  }
  return { ok: true, value: out };
}

export interface Grant {
  readonly name: string;
  readonly demandBps: number;
  readonly grantedBps: number;
}

/**
 * Max-min fair sharing without QoS (TCP flows of each class competing on the same queue): classes
 * asking less than an equal share get all they ask, the rest split what is left equally. Demand
 * within capacity: every class gets its rate.
 */
export function shareCapacity(classes: readonly TrafficClass[], capacityBps: number): Grant[] {
  const order = [...classes].sort((a, b) => a.bps - b.bps);
  const granted = new Map<string, number>();
  let left = capacityBps;
  order.forEach((c, i) => {
    const share = left / (order.length - i);
    const g = Math.min(c.bps, share);
    granted.set(c.name, g);
    left -= g;
  });
  return classes.map((c) => ({ name: c.name, demandBps: c.bps, grantedBps: granted.get(c.name) ?? 0 }));
}

/**
 * The class that starves first on a saturated bond: the one max-min sharing cuts most, the largest
 * demand (ties: the first given). Corosync's risk is latency, not bandwidth: a check of its own.
 * Null when nothing is short.
 */
export function starvingClass(grants: readonly Grant[]): string | null {
  const short = grants.filter((g) => g.grantedBps < g.demandBps);
  if (short.length === 0) return null;
  return short.reduce((a, b) => (b.demandBps - b.grantedBps > a.demandBps - a.grantedBps ? b : a)).name;
}
