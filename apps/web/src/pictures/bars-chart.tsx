/** Horizontal bars of one unit; a bar with `low` is drawn as the range low–value. */
import type { BarsPicture } from './bars-model';
import { SvgFrame } from './svg-frame';

const W = 640;
const ROW = 30;
const LABEL = 240;
const BAR = 260;

export function BarsChart({ p }: { readonly p: BarsPicture }) {
  const max = Math.max(Number.MIN_VALUE, ...p.bars.map((b) => b.value));
  const x = (v: number) => LABEL + (Math.max(0, v) / max) * BAR;
  return (
    <SvgFrame id={p.id} title={p.title} summary={p.bars.map((b) => `${b.label}: ${b.text}`).join('; ')} width={W} height={8 + p.bars.length * ROW}>
      {p.bars.map((b, i) => {
        const y = 4 + i * ROW;
        return (
          <g key={`${b.label}-${i}`} class={`bar-row tone-${b.tone ?? 'main'}`}>
            <text x={LABEL - 8} y={y + ROW / 2 + 5} text-anchor="end" class="label">
              {b.label}
            </text>
            {b.low !== undefined && <rect x={x(0)} y={y + ROW / 2 - 1} width={x(b.low) - x(0)} height={2} class="range-base" />}
            <rect x={x(b.low ?? 0)} y={y + 5} width={Math.max(1, x(b.value) - x(b.low ?? 0))} height={ROW - 10} rx={2} class="bar" />
            <text x={x(b.value) + 6} y={y + ROW / 2 + 5} class="value">
              {b.text}
            </text>
          </g>
        );
      })}
    </SvgFrame>
  );
}
