/**
 * Bond diagram: host, member links and switch; flows as coloured dashes; down links crossed out.
 * Each link prints its speed (and its state when it carries nothing); each panel the links that carry
 * traffic ("2 × 25 Gb/s") and the bond's figures: aggregate and one flow, or the degraded total.
 */
import type { BondPanel, BondPicture } from './bond-model';
import { SvgFrame } from './svg-frame';

const W = 640;
const BOX = 96;
const LEFT = 20;
const RIGHT = W - 20 - BOX;

function Panel({ panel, host, sw, y0 }: { panel: BondPanel; host: string; sw: string; y0: number }) {
  const n = panel.links.length;
  const gap = 26;
  const boxH = Math.max(60, n * gap + 16);
  const linkY = (i: number) => 28 + 8 + ((boxH - 16) / n) * (i + 0.5);
  const x1 = LEFT + BOX;
  const x2 = RIGHT;
  const span = x2 - x1;
  return (
    <g class="bond-panel" transform={`translate(0 ${y0})`}>
      <text x={LEFT} y={16} class="panel-title">
        {panel.title} · <tspan class="speeds">{panel.speeds}</tspan>
      </text>
      <text x={W - 20} y={16} text-anchor="end" class="value">
        {panel.rate}
      </text>
      <rect x={LEFT} y={28} width={BOX} height={boxH} rx={6} class="box" />
      <text x={LEFT + BOX / 2} y={28 + boxH / 2 + 5} text-anchor="middle" class="label">
        {host}
      </text>
      <rect x={RIGHT} y={28} width={BOX} height={boxH} rx={6} class="box" />
      <text x={RIGHT + BOX / 2} y={28 + boxH / 2 + 5} text-anchor="middle" class="label">
        {sw}
      </text>
      {panel.links.map((state, i) => {
        const y = linkY(i);
        return (
          <g key={i} class={`link link-${state}`}>
            <line x1={x1} x2={x2} y1={y} y2={y} />
            <text x={x1 + 8} y={y - 6} font-size={12} class={`link-value link-value-${state}`}>
              {panel.linkTexts[i]}
            </text>
            {state === 'down' && <path d={`M${x1 + span / 2 - 7} ${y - 7} l14 14 M${x1 + span / 2 + 7} ${y - 7} l-14 14`} class="cross" />}
          </g>
        );
      })}
      {panel.flows.map((link, j) => {
        const lanes = link === -1 ? panel.links.map((s, i) => (s === 'active' ? i : -1)).filter((i) => i >= 0) : [link];
        // Flows start past the links' speeds printed at the host's end.
        const x = x1 + 96 + (j * (span - 140)) / Math.max(1, panel.flows.length);
        return (
          <g key={j} class={`flow flow-${j % 8}`}>
            {lanes.map((i) => (
              <path key={i} d={`M${x} ${linkY(i)} l26 0 l-6 -4 m6 4 l-6 4`} />
            ))}
          </g>
        );
      })}
    </g>
  );
}

export function BondChart({ p }: { readonly p: BondPicture }) {
  const heights = p.panels.map((panel) => 28 + Math.max(60, panel.links.length * 26 + 16) + 18);
  const offsets = heights.map((_, i) => heights.slice(0, i).reduce((s, h) => s + h, 0));
  const total = heights.reduce((s, h) => s + h, 0) + (p.note ? 16 : 0);
  return (
    <SvgFrame id={p.id} title={p.title} summary={p.summary} width={W} height={total}>
      {p.panels.map((panel, i) => (
        <Panel key={panel.title} panel={panel} host={p.host} sw={p.switchLabel} y0={offsets[i] ?? 0} />
      ))}
      {p.note && (
        <text x={W - 20} y={total - 4} text-anchor="end" class="note">
          {p.note}
        </text>
      )}
    </SvgFrame>
  );
}
