/** The mark-out → backfill timeline: phases along a time axis from the failure, each labelled with its duration and the data's state. */
import { SvgFrame } from './svg-frame';
import { phaseShares, type TimelinePicture } from './timeline-model';

const W = 640;
const X0 = 12;
const AXIS = W - 2 * X0;
const BAR_Y = 8;
const BAR_H = 36;
const TICK_Y = BAR_Y + BAR_H + 6;
const LEGEND_Y = TICK_Y + 44;
const ROW = 36;

export function TimelineChart({ p }: { readonly p: TimelinePicture }) {
  const shares = phaseShares(p.phases);
  const starts = shares.map((_, i) => X0 + AXIS * shares.slice(0, i).reduce((s, x) => s + x, 0));
  const xOf = (i: number) => starts[i] ?? X0 + AXIS;
  const height = LEGEND_Y + p.phases.length * ROW + 18;
  return (
    <SvgFrame id={p.id} title={p.title} summary={p.summary} width={W} height={height}>
      {p.phases.map((ph, i) => {
        const x = xOf(i);
        const w = AXIS * (shares[i] ?? 0);
        return (
          <g key={ph.id} class={`tl-phase tl-${ph.tone}`} data-phase={ph.id} data-seconds={ph.seconds ?? ''}>
            <rect x={x} y={BAR_Y} width={Math.max(1, w - 2)} height={BAR_H} rx={3} class="bar" />
            <text x={x + 8} y={BAR_Y + BAR_H / 2 + 5} class="value">
              {ph.duration === '' ? '→' : ph.duration}
            </text>
          </g>
        );
      })}
      <line x1={X0} x2={X0 + AXIS} y1={TICK_Y} y2={TICK_Y} class="connector" />
      {p.ticks.map((t, i) => {
        // A tick sits where its phase starts: the failure at 0, the mark-out after the wait, clean after the backfill.
        const x = xOf(i);
        const anchor = i === 0 ? 'start' : 'middle';
        return (
          <g key={t.label} class="tl-tick" data-tick={i} data-seconds={t.seconds}>
            <line x1={x} x2={x} y1={TICK_Y - 4} y2={TICK_Y + 4} class="connector" />
            <text x={x} y={TICK_Y + 18} text-anchor={anchor} class="value">
              {t.text}
            </text>
            <text x={x} y={TICK_Y + 32} text-anchor={anchor} class="note">
              {t.label}
            </text>
          </g>
        );
      })}
      {p.phases.map((ph, i) => {
        const y = LEGEND_Y + i * ROW;
        return (
          <g key={`legend-${ph.id}`} class={`tl-legend tl-${ph.tone}`}>
            <rect x={X0} y={y} width={14} height={14} rx={2} class="bar" />
            <text x={X0 + 22} y={y + 12} class="label">
              {ph.text}
            </text>
            <text x={X0 + 22} y={y + 28} class="note">
              {ph.state}
            </text>
          </g>
        );
      })}
      <text x={X0} y={height - 4} class="note">
        {p.scaleNote}
      </text>
    </SvgFrame>
  );
}
