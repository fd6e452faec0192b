/** Capacity waterfall, one row per level: totals from zero, reserves floating between two totals. */
import { SvgFrame } from './svg-frame';
import type { WaterfallPicture } from './waterfall-model';

const W = 640;
const ROW = 34;
const LABEL = 168;
/** Room is left right of the longest bar for "− 1,234.57 TB (1,122.85 TiB)". */
const BAR = 250;
const TOP = 8;

export function WaterfallChart({ p }: { readonly p: WaterfallPicture }) {
  const max = Math.max(1, ...p.steps.map((s) => s.to));
  const x = (v: number) => LABEL + (Math.max(0, v) / max) * BAR;
  const height = TOP * 2 + p.steps.length * ROW;
  return (
    <SvgFrame id={p.id} title={p.title} summary={p.summary} width={W} height={height}>
      {p.steps.map((s, i) => {
        const y = TOP + i * ROW;
        // The level a row ends on is where the next row starts: the dashed connector shows it.
        const level = x(s.kind === 'total' ? s.to : s.from);
        return (
          <g key={s.id} class={`wf-row wf-${s.kind} wf-${s.id}`}>
            <text x={LABEL - 8} y={y + ROW / 2 + 5} text-anchor="end" class="label">
              {s.label}
            </text>
            <rect x={x(s.from)} y={y + 5} width={Math.max(1, x(s.to) - x(s.from))} height={ROW - 10} rx={2} class="bar" />
            {/* Each part its own tspan: a derivation step naming only "100 TB" lights the value up (derivation.tsx). */}
            <text x={x(s.to) + 6} y={y + ROW / 2 + 5} class="value">
              <tspan>{s.text}</tspan>
              {s.alt !== null && <tspan class="alt"> ({s.alt})</tspan>}
            </text>
            {i < p.steps.length - 1 && <line x1={level} x2={level} y1={y + ROW - 5} y2={y + ROW + 5} class="connector" />}
          </g>
        );
      })}
    </SvgFrame>
  );
}
