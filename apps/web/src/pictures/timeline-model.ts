/**
 * The mark-out → backfill timeline of a host failure: from the failure, the wait before Ceph marks
 * the host's OSDs out (mon_osd_down_out_interval), the backfill that re-creates the copies (a lower
 * bound: Ceph's throttles are not modelled), then clean. Every duration is the core's (hostFailure:
 * markOutSeconds, backfillSeconds, recoverySeconds); the picture only lays them out.
 */
import { PUNCT } from './punct';
import { formatDuration, formatDurationAtLeast, type HostFailure, type Lang } from '@capa/core';

export type PhaseTone = 'degraded' | 'recovering' | 'clean';

export interface TimelinePhase {
  readonly id: 'wait' | 'backfill' | 'stuck' | 'clean';
  readonly label: string;
  /** What the data is in during the phase (Ceph's PG states). */
  readonly state: string;
  /** The phase's duration as printed ("10 min", "≥ 8.33 h"), or "" for the open-ended last phase. */
  readonly duration: string;
  /** The core's figure behind `duration`, seconds; null for an open-ended phase. */
  readonly seconds: number | null;
  readonly tone: PhaseTone;
  /** The legend's line: the label with its duration. */
  readonly text: string;
}

/** A time on the axis after the failure: the failure, the mark-out, the return to clean. */
export interface TimelineTick {
  readonly label: string;
  readonly text: string;
  readonly seconds: number;
}

export interface TimelinePicture {
  readonly kind: 'timeline';
  readonly id: string;
  readonly title: string;
  readonly phases: readonly TimelinePhase[];
  readonly ticks: readonly TimelineTick[];
  /** The accessible text: every phase and time, with the values drawn. */
  readonly summary: string;
  /** Drawn under the axis: the widths are not to scale when a short phase was widened to stay readable. */
  readonly scaleNote: string;
}

// biome-ignore format: a table, several short entries per line as it reads
const L = {
  en: {
    title: 'After a host failure: mark-out, backfill, clean', fails: 'host fails', out: 'marked out', clean: 'clean',
    wait: 'Down, waiting for mark-out (mon_osd_down_out_interval)', waitState: 'degraded: active+undersized+degraded, no copy re-created',
    backfill: 'Backfill and recovery (lower bound)', backfillState: 'recovering: degraded+remapped, backfilling',
    stuck: 'No recovery', stuckState: 'degraded until the host returns (no spare host for the copies)',
    cleanPhase: 'Healthy again', cleanState: 'clean: active+clean, every copy re-created',
    scale: 'Durations as computed; widths not to scale (each phase kept readable).',
    at: ' at ',
  },
  fr: {
    title: 'Après la panne d’un hôte : mark-out, backfill, retour à l’état sain', fails: 'panne de l’hôte', out: 'marqué out', clean: 'sain',
    wait: 'En panne, attente du mark-out (mon_osd_down_out_interval)', waitState: 'dégradé : active+undersized+degraded, aucune copie recréée',
    backfill: 'Backfill et reconstruction (borne basse)', backfillState: 'en reconstruction : degraded+remapped, backfilling',
    stuck: 'Pas de reconstruction', stuckState: 'dégradé jusqu’au retour de l’hôte (aucun hôte libre pour les copies)',
    cleanPhase: 'De nouveau sain', cleanState: 'sain : active+clean, toutes les copies recréées',
    scale: 'Durées telles que calculées ; largeurs non proportionnelles (chaque phase reste lisible).',
    at: ' à ',
  },
} as const;

type Draft = Omit<TimelinePhase, 'text'>;

/** The picture from its phases and ticks: each legend line and the accessible text in the page's language. */
function finish(phases: readonly Draft[], ticks: readonly TimelineTick[], lang: Lang): TimelinePicture {
  const tx = L[lang];
  const pu = PUNCT[lang];
  const full = phases.map((p) => ({ ...p, text: p.duration === '' ? p.label : `${p.label}${pu.colon}${p.duration}` }));
  const summary = [...full.map((p) => `${p.text} (${p.state})`), ...ticks.map((t) => `${t.label}${tx.at}${t.text}`)].join(pu.sep);
  return { kind: 'timeline', id: 'recovery-timeline', title: tx.title, phases: full, ticks, summary, scaleNote: tx.scale };
}

/** The timeline for the core's host failure; null without the recovery options (no mark-out figure). */
export function recoveryTimeline(hf: HostFailure, lang: Lang): TimelinePicture | null {
  const tx = L[lang];
  if (hf.markOutSeconds === null) return null;
  const at = (s: number) => (hf.recoveryIsLowerBound ? formatDurationAtLeast : formatDuration)(s, lang);
  const wait: Draft = { id: 'wait', label: tx.wait, state: tx.waitState, duration: formatDuration(hf.markOutSeconds, lang), seconds: hf.markOutSeconds, tone: 'degraded' };
  const ticks: TimelineTick[] = [
    { label: tx.fails, text: formatDuration(0, lang), seconds: 0 },
    { label: tx.out, text: formatDuration(hf.markOutSeconds, lang), seconds: hf.markOutSeconds },
  ];
  // No recovery time: the pool cannot re-create its copies elsewhere, the data stays degraded.
  if (hf.backfillSeconds === null || hf.recoverySeconds === null)
    return finish([wait, { id: 'stuck', label: tx.stuck, state: tx.stuckState, duration: '', seconds: null, tone: 'degraded' }], ticks, lang);
  return finish(
    [
      wait,
      { id: 'backfill', label: tx.backfill, state: tx.backfillState, duration: at(hf.backfillSeconds), seconds: hf.backfillSeconds, tone: 'recovering' },
      { id: 'clean', label: tx.cleanPhase, state: tx.cleanState, duration: '', seconds: null, tone: 'clean' },
    ],
    [...ticks, { label: tx.clean, text: at(hf.recoverySeconds), seconds: hf.recoverySeconds }],
    lang,
  );
}

/** Pure layout: each phase's share of the axis; timed phases in proportion, none under `min`, an open-ended one fixed. */
export function phaseShares(phases: readonly Pick<TimelinePhase, 'seconds'>[], min = 0.3, open = 0.18): number[] {
  const timed = phases.filter((p) => p.seconds !== null);
  const openCount = phases.length - timed.length;
  const room = 1 - openCount * open;
  const total = timed.reduce((s, p) => s + (p.seconds ?? 0), 0);
  const raw = timed.map((p) => (total > 0 ? (p.seconds ?? 0) / total : 1 / timed.length));
  // Widen the short phases to `min`, taking the room from the others in proportion.
  const small = raw.map((r) => r < min);
  const fixed = small.filter(Boolean).length * min;
  const bigTotal = raw.reduce((s, r, i) => s + (small[i] ? 0 : r), 0);
  const shares = raw.map((r, i) => (small[i] ? min : bigTotal > 0 ? (r / bigTotal) * (1 - fixed) : 0));
  let k = 0;
  return phases.map((p) => (p.seconds === null ? open : room * (shares[k++] ?? 0)));
}
