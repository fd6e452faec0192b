/**
 * Per-node memory bars, all up and with the largest node(s) down, against the 75 % line. Each bar
 * prints its figures (the core's, formatted by the model): the node's RAM above it, the reservation,
 * the own guests and what the failed nodes' guests add on their segments (beside the bar when a
 * segment is too short to hold its value), the usable part at the line, the share below.
 */
import type { MemoryPicture, NodeBar } from './memory-model';
import { SvgFrame } from './svg-frame';

const W = 640;
const TOP = 40;
const BASE = 172;
/** Panel height: the bars, then the node's name and its share under them. */
const PANEL = BASE + 40;
/** Bars whose segments print their values; beyond this the bars get too narrow to hold them. */
const MAX_VALUED = 8;
/** Bars with their names, RAM and share printed. */
const MAX_NAMED = 12;

/** Width of a text at a font size: a conservative average glyph of 0.56 em (digits, "GiB"). */
const textWidth = (text: string, size: number) => text.length * size * 0.56;

interface Slot {
  readonly x: number;
  readonly bw: number;
  /** Room beside the bar, to the right, for a value that does not fit on its segment. */
  readonly beside: number;
}

/** A value on its segment, or beside the bar when the segment is too short or narrow, or nowhere when neither fits. */
function SegmentValue({ text, y0, h, s, cls }: { text: string | null; y0: number; h: number; s: Slot; cls: string }) {
  if (text === null) return null;
  // The largest size (12 at most) at which the text fits the bar: textWidth is linear in the size.
  const size = Math.min(12, (s.bw - 6) / textWidth(text, 1));
  if (size >= 8.5 && h >= size + 3) {
    return (
      <text x={s.x + s.bw / 2} y={y0 + h / 2 + size * 0.36} text-anchor="middle" font-size={size} class={`seg-value ${cls}`}>
        {text}
      </text>
    );
  }
  if (textWidth(text, 10) <= s.beside - 4) {
    return (
      // Never below the base line, where the node's name is printed.
      <text x={s.x + s.bw + 3} y={Math.min(y0 + h / 2 + 3.5, BASE - 2)} font-size={10} class={`side-value ${cls}`}>
        {text}
      </text>
    );
  }
  return null;
}

/** The usable part, on the line: inside the bar above it when the room there is free, else beside the bar. */
function RoomValue({ b, s, limitY, ramTop, loadTop }: { b: NodeBar; s: Slot; limitY: number; ramTop: number; loadTop: number }) {
  const inside = limitY - ramTop >= 15 && loadTop >= limitY - 0.5 && textWidth(b.room, 11) <= s.bw - 4;
  if (!inside && textWidth(b.room, 10) > s.beside - 4) return null;
  return (
    <text x={inside ? s.x + s.bw / 2 : s.x + s.bw + 4} y={limitY - 4} text-anchor={inside ? 'middle' : 'start'} font-size={inside ? 11 : 10} class="room-value">
      {b.room}
    </text>
  );
}

function Bar({ b, s, h, named, valued }: { b: NodeBar; s: Slot; h: (v: number) => number; named: boolean; valued: boolean }) {
  const { x, bw } = s;
  const g = b.bytes;
  const ramH = h(g.ramBytes);
  const resH = h(g.reserveBytes);
  const ownH = h(g.ownGuestBytes);
  const movedH = h(g.movedBytes);
  const limitY = BASE - h(g.limitBytes);
  return (
    <g class={b.failed ? 'node failed' : 'node'}>
      <rect x={x} y={BASE - ramH} width={bw} height={ramH} class="ram" />
      {!b.failed && resH > 0 && <rect x={x} y={BASE - resH} width={bw} height={resH} class="reserve" />}
      {!b.failed && <rect x={x} y={BASE - resH - ownH} width={bw} height={ownH} class="own" />}
      {!b.failed && movedH > 0 && <rect x={x} y={BASE - resH - ownH - movedH} width={bw} height={movedH} class="moved" />}
      {b.failed && <path d={`M${x} ${BASE - ramH} L${x + bw} ${BASE} M${x + bw} ${BASE - ramH} L${x} ${BASE}`} class="cross" />}
      <line x1={x - 3} x2={x + bw + 3} y1={limitY} y2={limitY} class="limit" />
      {valued && !b.failed && (
        <g class="values">
          <SegmentValue text={b.reserve} y0={BASE - resH} h={resH} s={s} cls="v-reserve" />
          <SegmentValue text={b.own} y0={BASE - resH - ownH} h={ownH} s={s} cls="v-own" />
          <SegmentValue text={b.moved} y0={BASE - resH - ownH - movedH} h={movedH} s={s} cls="v-moved" />
          <RoomValue b={b} s={s} limitY={limitY} ramTop={BASE - ramH} loadTop={BASE - h(g.loadBytes)} />
        </g>
      )}
      {named && (
        <text x={x + bw / 2} y={BASE - ramH - 5} text-anchor="middle" class="value ram-value">
          {b.ram}
        </text>
      )}
      {named && (
        <text x={x + bw / 2} y={BASE + 15} text-anchor="middle" class="label">
          {b.label}
        </text>
      )}
      {named && (
        <text x={x + bw / 2} y={BASE + 31} text-anchor="middle" class="value share">
          {b.text}
        </text>
      )}
    </g>
  );
}

function Panel({ title, bars, y0, max, limitLabel }: { title: string; bars: readonly NodeBar[]; y0: number; max: number; limitLabel: string }) {
  const slot = (W - 80) / Math.max(1, bars.length);
  const valued = bars.length <= MAX_VALUED;
  const bw = Math.min(valued ? 64 : 48, slot * 0.55);
  const h = (v: number) => (Math.max(0, v) / max) * (BASE - TOP);
  return (
    <g class="mem-panel" transform={`translate(0 ${y0})`}>
      <text x={20} y={16} class="panel-title">
        {title}
      </text>
      {bars.map((b, i) => {
        const x = 20 + i * slot + (slot - bw) / 2;
        return <Bar key={i} b={b} s={{ x, bw, beside: (slot - bw) / 2 }} h={h} named={bars.length <= MAX_NAMED} valued={valued} />;
      })}
      <text x={W - 6} y={BASE - h(bars[0]?.bytes.limitBytes ?? 0) - 3} text-anchor="end" class="limit-label">
        {limitLabel}
      </text>
    </g>
  );
}

export function MemoryChart({ p }: { readonly p: MemoryPicture }) {
  const max = Math.max(1, ...p.healthy.map((b) => b.bytes.ramBytes));
  const legendY = PANEL * 2 + 4;
  const items: readonly [string, string][] = [
    ['reserve', p.legend.reserve],
    ['own', p.legend.own],
    ['moved', p.legend.moved],
  ];
  return (
    <SvgFrame id={p.id} title={p.title} summary={p.summary} width={W} height={legendY + 44}>
      <Panel title={p.healthyTitle} bars={p.healthy} y0={0} max={max} limitLabel={p.limitLabel} />
      <Panel title={p.degradedTitle} bars={p.degraded} y0={PANEL} max={max} limitLabel={p.limitLabel} />
      <g class="legend" transform={`translate(20 ${legendY})`}>
        {items.map(([cls, text], i) => (
          <g key={cls} transform={`translate(${[0, 190, 330][i] ?? 0} 0)`}>
            <rect x={0} y={0} width={12} height={12} class={cls} />
            <text x={18} y={11}>
              {text}
            </text>
          </g>
        ))}
        <line x1={0} x2={20} y1={24} y2={24} class="limit" />
        <text x={26} y={29}>
          {p.legend.room}
        </text>
        <text x={330} y={29}>
          {p.legend.ram}
        </text>
      </g>
      {p.note && (
        <text x={W - 6} y={legendY + 42} text-anchor="end" class="note">
          {p.note}
        </text>
      )}
    </SvgFrame>
  );
}
