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

function Figures({ plan, which }: { readonly plan: PlanResult; readonly which: typeof DEMAND | typeof SIZED }) {
  return (
    <>
      {which.flatMap(([area, keys]) => {
        const a = plan.areas.find((x) => x.id === area);
        return keys.flatMap((k) => {
          const f = a?.figures.find((x) => x.key === k);
          return f
            ? [
                <div key={`${area}.${k}`} class="figure" data-figure={`${area}.${k}`}>
                  <dt>{f.label}</dt>
                  <dd>{f.display}</dd>
                </div>,
              ]
            : [];
        });
      })}
    </>
  );
}

export function WorkloadSizing({ plan, lang }: { readonly plan: PlanResult; readonly lang: Lang }) {
  const tx = WEB_MESSAGES[lang];
  return (
    <section class="sizing" data-sizing>
      <h3>{tx.sizing}</h3>
      <dl class="sizing-figures">
        <Figures plan={plan} which={DEMAND} />
      </dl>
      <p class="muted">{tx.sizesTo}</p>
      <dl class="sizing-figures">
        <div class="figure" data-figure="nodes">
          <dt>{tx.nodes}</dt>
          <dd>{plan.metrics.nodes}</dd>
        </div>
        <Figures plan={plan} which={SIZED} />
      </dl>
    </section>
  );
}
