import { type Lang, quorum } from '@capa/core';
import { defined, OptionReader } from '../options.js';
import { badInput, type CommandOutput, emit, type OutputOptions } from '../run.js';

const L = {
  en: { title: 'capa quorum: votes, quorum and HA', votes: 'Corosync votes', quorum: 'Quorum', tolerated: 'Node failures tolerated', ha: 'HA possible', mons: 'MON failures tolerated', yes: 'yes', no: 'no' },
  fr: { title: 'capa quorum : votes, quorum et HA', votes: 'Votes corosync', quorum: 'Quorum', tolerated: 'Pannes de nœuds tolérées', ha: 'HA possible', mons: 'Pannes de MON tolérées', yes: 'oui', no: 'non' },
} satisfies Record<Lang, Record<string, string>>;

export function quorumCommand(opts: Record<string, unknown>, out: OutputOptions): CommandOutput {
  const r = new OptionReader(opts, out.lang);
  const nodes = r.require('nodes', r.count('nodes'));
  const mons = r.count('mons');
  if (r.issues.length > 0 || nodes === undefined) return badInput(r.issues);
  const lang = out.lang;
  const t = L[lang];
  return emit(quorum({ nodes, qdevice: opts['qdevice'] === true, sharedStorage: opts['sharedStorage'] !== false, ...defined({ mons }), lang }), out, {}, (v) => ({
    title: t.title,
    figures: [
      { label: t.votes, value: String(v.votes) },
      { label: t.quorum, value: String(v.quorumVotes) },
      { label: t.tolerated, value: String(v.toleratedNodeFailures) },
      { label: t.ha, value: v.haPossible ? t.yes : t.no },
      ...(v.toleratedMonFailures === null ? [] : [{ label: t.mons, value: String(v.toleratedMonFailures) }]),
    ],
  }));
}
