/**
 * The host list grammar of `capa ceph --host-osds`: hosts separated by commas, each host COUNTxSIZE
 * terms joined by `+`, e.g. `4x16TB,4x16TB,2x8TB+1x16TB`. Text → the bytes of every OSD, per host.
 * Parsed once here; the CLI only names the option. Sizes use the core's parser (TB, TiB, To, Gio…).
 */
import { describeLimit, LIMITS } from '../explain/limits.js';
import type { Lang } from '../explain/types.js';
import { formatNumber } from '../units/format.js';
import { parseSize, type ParseResult } from '../units/size.js';
import type { SizeSystem } from '../units/size-units.js';
import { hostOsdsMessages } from './host-osds-messages.js';

export const HOST_OSDS_SYNTAX = 'COUNTxSIZE[+COUNTxSIZE...][,HOST...]';

export interface ParsedHostOsds {
  /** Bytes of each OSD, per host, in the order written. */
  readonly hosts: number[][];
  /** The unit system of the first size written, so answers come back in it. */
  readonly system: SizeSystem;
}

const TERM = /^\s*(\d+)\s*[x×X]\s*(.+?)\s*$/;

/**
 * A comma between two digits is a French decimal comma (`2x7,68To`); any other comma separates hosts.
 * Sizes always end with a unit, so a host separator never sits between two digits.
 */
const splitHosts = (text: string): string[] => text.split(/(?<!\d),|,(?!\d)/);

export function parseHostOsds(text: string, lang: Lang = 'en'): ParseResult<ParsedHostOsds> {
  const t = hostOsdsMessages(lang);
  const bad = (reason: string) => ({ ok: false as const, reason });
  const hostTexts = splitHosts(text);
  if (hostTexts.length > LIMITS.hosts) return bad(t.hosts(formatNumber(hostTexts.length, lang), describeLimit({ k: 'count', min: 1, max: LIMITS.hosts }, lang)));
  const hosts: number[][] = [];
  let system: SizeSystem | undefined;
  let total = 0;
  for (const [i, hostText] of hostTexts.entries()) {
    const h = i + 1;
    if (hostText.trim() === '') return bad(`${t.emptyHost(h)}${t.sep}${t.syntax}`);
    const osds: number[] = [];
    for (const term of hostText.split('+')) {
      const where = t.term(term.trim(), h);
      // A bare size ("40TB") is one OSD of that size: 1x40TB.
      const m = TERM.exec(term) ?? (/^\s*\d/.test(term) && !/[x×X]/.test(term) ? ['', '1', term.trim()] : null);
      if (!m) return bad(`${where}${t.sep}${t.syntax}`);
      const count = Number(m[1]);
      if (!(count >= 1 && count <= LIMITS.osdsPerHost)) return bad(`${where}${t.sep}${t.count(describeLimit({ k: 'count', min: 1, max: LIMITS.osdsPerHost }, lang))}`);
      const size = parseSize(m[2] ?? '', lang);
      if (!size.ok) return bad(`${where}${t.sep}${size.reason}`);
      if (size.value.bytes > LIMITS.diskBytes) return bad(`${where}${t.sep}${describeLimit({ k: 'sizeMax', max: LIMITS.diskBytes }, lang)}`);
      system ??= size.value.system;
      if (osds.length + count > LIMITS.osdsPerHost)
        return bad(`${where}${t.sep}${t.hostOsds(formatNumber(osds.length + count, lang), describeLimit({ k: 'count', min: 1, max: LIMITS.osdsPerHost }, lang))}`);
      for (let k = 0; k < count; k++) osds.push(size.value.bytes);
    }
    total += osds.length;
    if (total > LIMITS.osds) return bad(t.osdTotal(formatNumber(total, lang), formatNumber(LIMITS.osds, lang)));
    hosts.push(osds);
  }
  return { ok: true, value: { hosts, system: system ?? 'decimal' } };
}
