import { bond, BOND_MODES, formatNumber, formatRate, HASH_POLICIES, type Lang } from '@capa/core';
import { defined, OptionReader } from '../options.js';
import { badInput, type CommandOutput, emit, type OutputOptions } from '../run.js';

const L = {
  en: { title: 'capa bond: bonded links', aggregate: 'Aggregate (all links up)', degraded: 'Degraded', single: 'Single flow', singleUpper: 'Single flow (upper bound)', expected: 'Expected for the flows', transfer: 'Equal transfers (busiest link)', busy: 'Links busy (expected)' },
  fr: { title: 'capa bond : agrégats de liens', aggregate: 'Agrégé (tous liens actifs)', degraded: 'Dégradé', single: 'Un seul flux', singleUpper: 'Un seul flux (borne haute)', expected: 'Attendu pour ces flux', transfer: 'Transferts égaux (lien le plus chargé)', busy: 'Liens occupés (moyenne)' },
} satisfies Record<Lang, Record<string, string>>;

const FIELDS = { links: '--links', speedBps: '--speed', flows: '--flows', peers: '--peers', down: '--down' };

export function bondCommand(opts: Record<string, unknown>, out: OutputOptions): CommandOutput {
  const r = new OptionReader(opts, out.lang);
  const links = r.require('links', r.count('links'));
  const speedBps = r.require('speed', r.rate('speed'));
  const rest = defined({
    // Linux names LACP 802.3ad; both spellings are accepted.
    mode: opts['mode'] === '802.3ad' ? 'lacp' as const : r.choice('mode', BOND_MODES),
    hash: r.choice('hash', HASH_POLICIES),
    flows: r.count('flows'),
    peers: r.count('peers'),
    down: r.count('down', 0),
  });
  if (r.issues.length > 0 || links === undefined || speedBps === undefined) return badInput(r.issues);
  const lang = out.lang;
  const t = L[lang];
  return emit(bond({ links, speedBps, ...rest, lang }), out, FIELDS, (v) => ({
    title: t.title,
    figures: [
      { label: t.aggregate, value: formatRate(v.aggregateBps, lang) },
      { label: `${t.degraded} (${rest.down ?? 1})`, value: formatRate(v.degradedBps, lang) },
      { label: v.singleFlowIsUpperBound ? t.singleUpper : t.single, value: formatRate(v.singleFlowBps, lang) },
      { label: t.expected, value: formatRate(v.expectedBps, lang) },
      { label: t.transfer, value: formatRate(v.transferBps, lang) },
      { label: t.busy, value: formatNumber(v.expectedBusyLinks, lang, 2) },
    ],
  }));
}
