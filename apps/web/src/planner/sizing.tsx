/**
 * What the workloads size to, from the plan itself (no figure computed here): the demand at the
 * horizon (the plan's workloads area: VM profiles × counts, grown) and the nodes, their RAM and the
 * disks it leads to (the memory area's required and recommended RAM per node, the Ceph area's disks
 * per node). The figures are the planner's, formatted by it, in the page's language.
 */
import type { Lang } from '@capa/core';
import type { PlanResult } from '@capa/planner/browser';
import { WEB_MESSAGES } from './texts';

/** The plan's figures shown, by area: the demand, then what it sizes to. */
const DEMAND = [['workloads', ['guestRamBytes', 'vcpus', 'dataBytes', 'growth']]] as const;
const SIZED = [
  ['memory', ['requiredNodeRamBytes', 'recommendedNodeRamBytes', 'totalRamBytes']],
  ['cpu', ['overcommit']],
  ['ceph', ['safeDisksPerNode', 'ruleOfThumbDisksPerNode', 'safeUsableBytes@all']],
] as const;

/** One figure of the sizing: its id (data-figure, for the tests), label and the planner's display. */
export interface SizingFigure {
  readonly id: string;
  readonly label: string;
  readonly value: string | number;
}

/** The plan's figures of the areas named, as the planner formats them. */
function planFigures(plan: PlanResult, which: typeof DEMAND | typeof SIZED): SizingFigure[] {
  return which.flatMap(([area, keys]) => {
    const a = plan.areas.find((x) => x.id === area);
    return keys.flatMap((k) => {
      const f = a?.figures.find((x) => x.key === k);
      return f ? [{ id: `${area}.${k}`, label: f.label, value: f.display }] : [];
    });
  });
}

const Dl = ({ figures }: { readonly figures: readonly SizingFigure[] }) => (
  <dl class="sizing-figures">
    {figures.map((f) => (
      <div key={f.id} class="figure" data-figure={f.id}>
        <dt>{f.label}</dt>
        <dd>{f.value}</dd>
      </div>
    ))}
  </dl>
);

/** The sizing section (the plan's, the optimizer's best): the demand when known, then what it sizes to. */
export function SizingFigures({
  title,
  demand,
  sizesTo,
  figures,
}: {
  readonly title: string;
  readonly demand?: readonly SizingFigure[];
  readonly sizesTo?: string;
  readonly figures: readonly SizingFigure[];
}) {
  return (
    <section class="sizing" data-sizing>
      <h3>{title}</h3>
      {demand ? <Dl figures={demand} /> : null}
      {sizesTo ? <p class="muted">{sizesTo}</p> : null}
      <Dl figures={figures} />
    </section>
  );
}

export function WorkloadSizing({ plan, lang }: { readonly plan: PlanResult; readonly lang: Lang }) {
  const tx = WEB_MESSAGES[lang];
  return (
    <SizingFigures title={tx.sizing} demand={planFigures(plan, DEMAND)} sizesTo={tx.sizesTo} figures={[{ id: 'nodes', label: tx.nodes, value: plan.metrics.nodes }, ...planFigures(plan, SIZED)]} />
  );
}
