/**
 * The workloads section of the scenario form: VM profiles as rows (name, count, vCPUs, RAM, disk:
 * rows added and removed), their growth (a rate and a horizon), and the totals a scenario may give
 * instead. The planner sizes from them (packages/planner/src/scenario/normalize.ts: profiles ×
 * counts, grown); the plan shows what they size to (plan-results.tsx, sizing.tsx).
 */
import type { FormField, FormGroup, FormList } from '@capa/planner/browser';
import { type FormCtx, pathText, Refusal, typedValue } from './form-field';
import { FORM_TEXTS } from './form-texts';
import { NodeView } from './scenario-form';

const COLUMNS = ['name', 'count', 'vcpus', 'ram', 'disk'] as const;
const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const shown = (v: unknown) => (v === undefined || v === null || typeof v === 'object' ? '' : String(v));

export function WorkloadsEditor({ g, value, ctx }: { readonly g: FormGroup; readonly value: unknown; readonly ctx: FormCtx }) {
  const tx = FORM_TEXTS[ctx.lang];
  const v = isObj(value) ? value : {};
  const list = g.fields.find((f): f is FormList => f.key === 'vms' && f.kind === 'list');
  const item = list?.item.kind === 'group' ? list.item : null;
  const cols = COLUMNS.map((k) => item?.fields.find((f): f is FormField => f.key === k && f.kind === 'field')).filter((f): f is FormField => f !== undefined);
  const rows = Array.isArray(v['vms']) ? (v['vms'] as unknown[]) : [];
  const at = (i: number, k?: string) => (k === undefined ? ['workloads', 'vms', i] : ['workloads', 'vms', i, k]);
  const label = (f: { label: FormField['label']; key: string }) => f.label[ctx.lang] || f.key;
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
                    const bad = ctx.problems.has(pathText(p));
                    return (
                      <td key={c.key} class={bad ? 'invalid' : undefined}>
                        <input
                          type="text"
                          data-path={pathText(p)}
                          aria-label={`${label(c)} ${i + 1}`}
                          aria-invalid={bad ? 'true' : undefined}
                          inputMode={c.value === 'integer' ? 'numeric' : undefined}
                          value={shown(isObj(r) ? r[c.key] : undefined)}
                          onChange={(e) => ctx.onEdit(p, typedValue(c, (e.target as HTMLInputElement).value))}
                        />
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
      {rows.flatMap((_, i) => cols.map((c) => <Refusal key={`${i}-${c.key}`} ctx={ctx} path={pathText(at(i, c.key))} label={`${label(c)} ${i + 1}`} />))}
      <p>
        <button type="button" data-action="add-vm" onClick={() => ctx.onEdit(['workloads', 'vms'], [...rows, { name: tx.newProfile(rows.length + 1), count: 1, vcpus: 2, ram: '4GiB' }])}>
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
