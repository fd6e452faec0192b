/** Votes as dots, one row per case: all up, tolerated failures, one failure too many. */
import type { QuorumPicture } from './quorum-model';
import { SvgFrame } from './svg-frame';

const W = 640;
const ROW = 58;
const DOT = 22;

export function QuorumChart({ p }: { readonly p: QuorumPicture }) {
  return (
    <SvgFrame id={p.id} title={p.title} summary={p.summary} width={W} height={p.rows.length * ROW + 4}>
      {p.rows.map((row, i) => (
        <g key={row.title} class={`quorum-row ${row.kept ? 'kept' : 'lost'}`} transform={`translate(0 ${i * ROW})`}>
          <text x={10} y={16} class="panel-title">
            {row.title}
          </text>
          <text x={W - 10} y={16} text-anchor="end" class="verdict">
            {row.text}
          </text>
          {row.votes.map((v, j) => {
            const cx = 10 + DOT / 2 + j * (DOT + 4);
            const cy = 38;
            return v === 'qdevice' ? (
              <rect key={j} x={cx - DOT / 2} y={cy - DOT / 2} width={DOT} height={DOT} rx={3} class="vote qdevice" />
            ) : (
              <g key={j} class={`vote ${v}`}>
                <circle cx={cx} cy={cy} r={DOT / 2} />
                {v === 'down' && <path d={`M${cx - 6} ${cy - 6} l12 12 m0 -12 l-12 12`} class="cross" />}
              </g>
            );
          })}
        </g>
      ))}
    </SvgFrame>
  );
}
