/** Per-node memory bars, all up and with the largest node(s) down, against the 75 % line. */
import type { MemoryPicture, NodeBar } from './memory-model';
import { SvgFrame } from './svg-frame';

const W = 640;
const PANEL = 192;
const TOP = 44;
const BASE = 160;

function Panel({ title, bars, y0, max, limitLabel, showText }: { title: string; bars: readonly NodeBar[]; y0: number; max: number; limitLabel: string; showText: boolean }) {
  const slot = (W - 80) / Math.max(1, bars.length);
  const bw = Math.min(48, slot * 0.7);
  const h = (v: number) => (Math.max(0, v) / max) * (BASE - TOP);
  return (
    <g class="mem-panel" transform={`translate(0 ${y0})`}>
      <text x={20} y={16} class="panel-title">
        {title}
      </text>
      {bars.map((b, i) => {
        const x = 20 + i * slot + (slot - bw) / 2;
        const ramH = h(b.ramBytes);
        const ownH = h(b.loadBytes - b.movedBytes);
        const movedH = h(b.movedBytes);
        const limitY = BASE - h(b.limitBytes);
        return (
          <g key={i} class={b.failed ? 'node failed' : 'node'}>
            <rect x={x} y={BASE - ramH} width={bw} height={ramH} class="ram" />
            {!b.failed && <rect x={x} y={BASE - ownH} width={bw} height={ownH} class="own" />}
            {!b.failed && movedH > 0 && <rect x={x} y={BASE - ownH - movedH} width={bw} height={movedH} class="moved" />}
            {b.failed && <path d={`M${x} ${BASE - ramH} L${x + bw} ${BASE} M${x + bw} ${BASE - ramH} L${x} ${BASE}`} class="cross" />}
            <line x1={x - 3} x2={x + bw + 3} y1={limitY} y2={limitY} class="limit" />
            {showText && (
              <text x={x + bw / 2} y={BASE - ramH - 4} text-anchor="middle" class="value">
                {b.text}
              </text>
            )}
            {showText && (
              <text x={x + bw / 2} y={BASE + 14} text-anchor="middle" class="label">
                {b.label}
              </text>
            )}
          </g>
        );
      })}
      <text x={W - 6} y={BASE - h(bars[0]?.limitBytes ?? 0) - 3} text-anchor="end" class="limit-label">
        {limitLabel}
      </text>
    </g>
  );
}

export function MemoryChart({ p }: { readonly p: MemoryPicture }) {
  const max = Math.max(1, ...p.healthy.map((b) => b.ramBytes));
  const showText = p.healthy.length <= 12;
  const summary = [
    `${p.healthyTitle}: ${p.healthy.map((b) => `${b.label} ${b.ram} ${b.text}`).join(', ')}`,
    `${p.degradedTitle}: ${p.degraded.map((b) => `${b.label} ${b.text}`).join(', ')}`,
    `${p.limitLabel}`,
  ].join('. ');
  const legendY = PANEL * 2 + 6;
  return (
    <SvgFrame id={p.id} title={p.title} summary={summary} width={W} height={legendY + 26}>
      <Panel title={p.healthyTitle} bars={p.healthy} y0={0} max={max} limitLabel={p.limitLabel} showText={showText} />
      <Panel title={p.degradedTitle} bars={p.degraded} y0={PANEL} max={max} limitLabel={p.limitLabel} showText={showText} />
      <g class="legend" transform={`translate(20 ${legendY})`}>
        <rect x={0} y={0} width={12} height={12} class="own" />
        <text x={18} y={11}>
          {p.legend.own}
        </text>
        <rect x={230} y={0} width={12} height={12} class="moved" />
        <text x={248} y={11}>
          {p.legend.moved}
        </text>
        <line x1={470} x2={490} y1={6} y2={6} class="limit" />
        <text x={496} y={11}>
          {p.limitLabel}
        </text>
      </g>
      {p.note && (
        <text x={W - 6} y={legendY + 24} text-anchor="end" class="note">
          {p.note}
        </text>
      )}
    </SvgFrame>
  );
}
