/**
 * Votes as dots: all nodes up, as many down as the cluster tolerates (quorum kept), and one more
 * (quorum lost). The counts are the core's; the picture only crosses out the failed nodes.
 */
import { count, type Lang, type QuorumResult } from '@capa/core';
import { PUNCT } from './punct';

export interface QuorumRow {
  readonly title: string;
  /** One entry per vote drawn: a node up or down, or the QDevice. */
  readonly votes: readonly ('up' | 'down' | 'qdevice')[];
  readonly kept: boolean;
  readonly text: string;
}

export interface QuorumPicture {
  readonly kind: 'quorum';
  readonly id: string;
  readonly title: string;
  readonly rows: readonly QuorumRow[];
  /** The accessible text: each row's title and verdict. */
  readonly summary: string;
}

/** Beyond this many votes the dots stop being readable and the picture is left out. */
export const MAX_VOTES_DRAWN = 24;

// biome-ignore format: a table, several short entries per line as it reads
const L = {
  en: { title: 'Votes and quorum', up: 'All nodes up', down: (k: number) => `${count(k, 'en', 'node', 'nodes')} down`, kept: (v: number, q: number) => `${count(v, 'en', 'vote', 'votes')} ≥ quorum ${q}: the cluster runs`, lost: (v: number, q: number) => `${count(v, 'en', 'vote', 'votes')} < quorum ${q}: the cluster stops` },
  fr: { title: 'Votes et quorum', up: 'Tous les nœuds actifs', down: (k: number) => `${count(k, 'fr', 'nœud', 'nœuds')} en panne`, kept: (v: number, q: number) => `${count(v, 'fr', 'vote', 'votes')} ≥ quorum ${q} : le cluster fonctionne`, lost: (v: number, q: number) => `${count(v, 'fr', 'vote', 'votes')} < quorum ${q} : le cluster s’arrête` },
};

export function quorumPicture(r: QuorumResult, nodes: number, qdevice: boolean, lang: Lang): QuorumPicture | null {
  const t = L[lang];
  if (r.votes > MAX_VOTES_DRAWN) return null;
  const row = (down: number): QuorumRow => {
    const votes: ('up' | 'down' | 'qdevice')[] = [];
    for (let i = 0; i < nodes; i++) votes.push(i < down ? 'down' : 'up');
    if (qdevice) votes.push('qdevice');
    const left = r.votes - down;
    const kept = left >= r.quorumVotes;
    return { title: down === 0 ? t.up : t.down(down), votes, kept, text: kept ? t.kept(left, r.quorumVotes) : t.lost(left, r.quorumVotes) };
  };
  const rows = [row(0)];
  if (r.toleratedNodeFailures > 0) rows.push(row(r.toleratedNodeFailures));
  if (r.toleratedNodeFailures < nodes) rows.push(row(r.toleratedNodeFailures + 1));
  const p = PUNCT[lang];
  return { kind: 'quorum', id: 'quorum-votes', title: t.title, rows, summary: rows.map((x) => `${x.title}${p.colon}${x.text}`).join(p.end) };
}
