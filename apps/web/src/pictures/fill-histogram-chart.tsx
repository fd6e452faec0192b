/** OSDs and hosts per band of fill for one case (healthy, or after losing a host), Ceph's ratios as vertical lines; a selector picks the case. */
import { useState } from 'preact/hooks';
import type { FillHistogramPicture } from './fill-histogram-model';
import { SvgFrame } from './svg-frame';

const W = 640;
const LEFT = 64;
const RIGHT = 12;
const TOP = 48;
const OSD_H = 110;
const GAP = 26;
const HOST_H = 56;
const AXIS = 30;

export function FillHistogramChart({ p }: { readonly p: FillHistogramPicture }) {
  const [chosen, choose] = useState(0);
  const c = p.cases[Math.min(chosen, p.cases.length - 1)] ?? p.cases[0];
  if (!c) return null;
  const bins = p.bins.length;
  const span = p.bins[bins - 1]?.to ?? 1;
  const x = (fill: number) => LEFT + (Math.max(0, fill) / span) * (W - LEFT - RIGHT);
  const bw = (W - LEFT - RIGHT) / bins;
  const hostTop = TOP + OSD_H + GAP;
  const bottom = hostTop + HOST_H;
  const row = (counts: readonly number[], top: number, height: number, kind: 'osd' | 'host') => {
    const max = Math.max(1, ...counts);
    return counts.map((n, i) => {
      const h = (n / max) * (height - 16);
      const bx = LEFT + i * bw;
      return n === 0 ? null : (
        <g key={`${kind}-${i}`} class={`hist-bar hist-${kind}`} data-bin={i} data-count={n}>
          <rect x={bx + 1} y={top + height - h} width={bw - 2} height={h} class="bar" />
          <text x={bx + bw / 2} y={top + height - h - 3} text-anchor="middle" class="value">
            {n}
          </text>
        </g>
      );
    });
  };
  const id = `${p.id}-case`;
  const controls =
    p.cases.length > 1 ? (
      <label class="picture-control" for={id}>
        {p.selectLabel}{' '}
        <select id={id} value={String(chosen)} onChange={(e) => choose(Number((e.currentTarget as HTMLSelectElement).value))}>
          {p.cases.map((k, i) => (
            <option key={k.id} value={String(i)}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
    ) : null;
  return (
    <SvgFrame id={p.id} title={p.title} summary={c.summary} width={W} height={bottom + AXIS} controls={controls}>
      <g data-case={c.id}>
        <text x={LEFT - 8} y={TOP + OSD_H / 2 + 5} text-anchor="end" class="label">
          {p.osdRow}
        </text>
        <text x={LEFT - 8} y={hostTop + HOST_H / 2 + 5} text-anchor="end" class="label">
          {p.hostRow}
        </text>
        {row(c.osdCounts, TOP, OSD_H, 'osd')}
        {row(c.hostCounts, hostTop, HOST_H, 'host')}
        <line x1={LEFT} x2={W - RIGHT} y1={TOP + OSD_H} y2={TOP + OSD_H} class="axis" />
        <line x1={LEFT} x2={W - RIGHT} y1={bottom} y2={bottom} class="axis" />
        {p.bins.map((b, i) =>
          i % 2 === 0 ? (
            <text key={`tick-${i}`} x={LEFT + i * bw} y={bottom + 16} text-anchor="middle" class="note">
              {b.fromText}
            </text>
          ) : null,
        )}
        <text x={W - RIGHT} y={bottom + 16} text-anchor="middle" class="note">
          {p.end}
        </text>
        {p.ratios.map((r, i) => {
          // Labels stacked left of their line, the highest ratio on top: no line crosses another's label.
          const y = TOP - 8 - i * 14;
          return (
            <g key={r.id} class={`hist-ratio ratio-${r.id}`} data-ratio={r.id} data-at={r.at}>
              <line x1={x(r.at)} x2={x(r.at)} y1={y - 10} y2={bottom} class="limit" />
              <text x={x(r.at) - 4} y={y} text-anchor="end" class="limit-label">
                {r.text}
              </text>
            </g>
          );
        })}
      </g>
    </SvgFrame>
  );
}
