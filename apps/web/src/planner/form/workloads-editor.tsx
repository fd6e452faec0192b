/**
 * The workloads section of the scenario form: VM profiles as rows (name, count, vCPUs, RAM, disk:
 * rows added and removed), their growth (a rate and a horizon), and the totals a scenario may give
 * instead. The planner sizes from them (packages/planner/src/scenario/normalize.ts: profiles ×
 * counts, grown); the plan shows what they size to (plan-results.tsx, sizing.tsx).
 */
import type { FormField, FormGroup, FormList } from '@capa/planner/browser';
import { FieldInput, type FormCtx, isObj, labelOf, Refusal } from './form-field';
import { FORM_TEXTS } from './form-texts';
import { newItem } from './new-item';
import { NodeView } from './scenario-form';

const COLUMNS = ['name', 'count', 'vcpus', 'ram', 'disk'] as const;

export function WorkloadsEditor({ g, value, ctx }: { readonly g: FormGroup; readonly value: unknown; readonly ctx: FormCtx }) {
  const tx = FORM_TEXTS[ctx.lang];
  const v = isObj(value) ? value : {};
  const list = g.fields.find((f): f is FormList => f.key === 'vms' && f.kind === 'list');
  const item = list?.item.kind === 'group' ? list.item : null;
  const cols = COLUMNS.map((k) => item?.fields.find((f): f is FormField => f.key === k && f.kind === 'field')).filter((f): f is FormField => f !== undefined);
  const rows = Array.isArray(v['vms']) ? (v['vms'] as unknown[]) : [];
  const at = (i: number, k?: string) => (k === undefined ? ['workloads', 'vms', i] : ['workloads', 'vms', i, k]);
  const label = (n: Pick<FormField, 'label' | 'key'>) => labelOf(n, ctx);
  const others = g.fields.filter((f) => f.key !== 'vms');
  return (
    <details class="form-group workloads" open data-group="workloads">
      <summary>{label(g)}</summary>
      <p class="muted">{tx.workloadsIntro}</p>
      {list && item ? (
        <div class="table-scroll">
          <table class="workload-table" data-table="vms">
            <caption>{label(list)}</caption>
            <thead>
              <tr>
                {cols.map((c) => (
                  <th key={c.key} scope="col">
                    {label(c)}
                    <small class="muted"> {tx.units[c.value] ?? ''}</small>
                  </th>
                ))}
                <th scope="col">{tx.remove}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i} data-row={i}>
                  {cols.map((c) => {
                    const p = at(i, c.key);
                    const bad = ctx.problems.has(ctx.formatPath(p));
                    return (
                      <td key={c.key} class={bad ? 'invalid' : undefined}>
                        <FieldInput f={c} value={isObj(r) ? r[c.key] : undefined} path={p} ctx={ctx} ariaLabel={`${label(c)} ${i + 1}`} />
                      </td>
                    );
                  })}
                  <td>
                    <button type="button" class="remove" data-action="remove-vm" onClick={() => ctx.onEdit(['workloads', 'vms'], rows.length === 1 ? undefined : rows.filter((_, j) => j !== i))}>
                      {tx.remove} {i + 1}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Refusal ctx={ctx} path="workloads.vms" label={list ? label(list) : 'vms'} />
      {rows.flatMap((_, i) => cols.map((c) => <Refusal key={`${i}-${c.key}`} ctx={ctx} path={ctx.formatPath(at(i, c.key))} label={`${label(c)} ${i + 1}`} />))}
      <p>
        <button
          type="button"
          data-action="add-vm"
          onClick={() => list && ctx.onEdit(['workloads', 'vms'], [...rows, { ...(newItem(list.item, rows.length) as object), name: tx.newProfile(rows.length + 1) }])}
        >
          {tx.addProfile}
        </button>
      </p>
      <div class="form-grid">
        {others.map((f) => (
          <NodeView key={f.key} n={f} value={v[f.key]} path={['workloads', f.key]} ctx={ctx} />
        ))}
      </div>
    </details>
  );
}
