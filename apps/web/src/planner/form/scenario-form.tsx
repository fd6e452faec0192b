/**
 * The scenario form: generated from the planner's form (the scenario schema walked by
 * @capa/planner's scenarioForm): a section per top-level key, a group per object, rows added and
 * removed for lists, named entries for maps. It shows the document's values and sends each change
 * as an edit at its path; the page writes it into the YAML and plans again.
 */
import type { FormGroup, FormList, FormMap, FormNode } from '@capa/planner/browser';
import { useState } from 'preact/hooks';
import { FieldView, type FormCtx, fieldId, isObj, labelOf, Refusal } from './form-field';
import { FORM_TEXTS } from './form-texts';
import { newItem } from './new-item';
import { WorkloadsEditor } from './workloads-editor';

type Path = readonly (string | number)[];
/** Sections unfolded when the scenario has them: what sizing is about; the others fold, so the plan stays in reach. */
const UNFOLDED: ReadonlySet<string | number | undefined> = new Set(['workloads', 'nodes']);
const unfolded = (path: Path, present: boolean) => present && UNFOLDED.has(path[0]);

function Described({ n, ctx }: { readonly n: FormNode; readonly ctx: FormCtx }) {
  const d = n.description?.[ctx.lang];
  return d ? <p class="muted">{d}</p> : null;
}

export function NodeView({ n, value, path, ctx, label }: { readonly n: FormNode; readonly value: unknown; readonly path: Path; readonly ctx: FormCtx; readonly label?: string }) {
  switch (n.kind) {
    case 'field':
      return <FieldView f={n} value={value} path={path} ctx={ctx} {...(label === undefined ? {} : { label })} />;
    case 'group':
      return <GroupView g={n} value={value} path={path} ctx={ctx} {...(label === undefined ? {} : { label })} />;
    case 'list':
      return <ListView l={n} value={value} path={path} ctx={ctx} />;
    case 'map':
      return <MapView m={n} value={value} path={path} ctx={ctx} />;
    case 'choice':
      return Array.isArray(value) ? <ListView l={n.list} value={value} path={path} ctx={ctx} /> : <NodeView n={n.single} value={value} path={path} ctx={ctx} />;
  }
}

function GroupView({ g, value, path, ctx, label }: { readonly g: FormGroup; readonly value: unknown; readonly path: Path; readonly ctx: FormCtx; readonly label?: string }) {
  const v = isObj(value) ? value : {};
  const name = label ?? labelOf(g, ctx);
  return (
    <details class="form-group" open={unfolded(path, value !== undefined)} data-group={ctx.formatPath(path)}>
      <summary>{name}</summary>
      <Described n={g} ctx={ctx} />
      <Refusal ctx={ctx} path={ctx.formatPath(path)} label={name} />
      <div class="form-grid">
        {g.fields.map((f) => (
          <NodeView key={f.key} n={f} value={v[f.key]} path={[...path, f.key]} ctx={ctx} />
        ))}
      </div>
    </details>
  );
}

function ListView({ l, value, path, ctx }: { readonly l: FormList; readonly value: unknown; readonly path: Path; readonly ctx: FormCtx }) {
  const tx = FORM_TEXTS[ctx.lang];
  const items = Array.isArray(value) ? value : [];
  const name = labelOf(l, ctx);
  return (
    <details class="form-list" open={unfolded(path, items.length > 0)} data-list={ctx.formatPath(path)}>
      <summary>
        {name} ({items.length})
      </summary>
      <Described n={l} ctx={ctx} />
      <Refusal ctx={ctx} path={ctx.formatPath(path)} label={name} />
      {items.map((x, i) => (
        <div key={i} class="form-item">
          <NodeView n={l.item} value={x} path={[...path, i]} ctx={ctx} label={`${name} ${i + 1}`} />
          <button type="button" class="remove" data-action="remove" onClick={() => ctx.onEdit(path, items.length === 1 ? undefined : items.filter((_, j) => j !== i))}>
            {tx.remove} {name} {i + 1}
          </button>
        </div>
      ))}
      <button type="button" data-action="add" data-add={ctx.formatPath(path)} onClick={() => ctx.onEdit(path, [...items, newItem(l.item, items.length)])}>
        {tx.add(name)}
      </button>
    </details>
  );
}

function MapView({ m, value, path, ctx }: { readonly m: FormMap; readonly value: unknown; readonly path: Path; readonly ctx: FormCtx }) {
  const tx = FORM_TEXTS[ctx.lang];
  const v = isObj(value) ? value : {};
  const [key, setKey] = useState('');
  const name = labelOf(m, ctx);
  const id = `${fieldId(ctx, path)}-new`;
  return (
    <details class="form-map" open={unfolded(path, Object.keys(v).length > 0)}>
      <summary>{name}</summary>
      <Described n={m} ctx={ctx} />
      {Object.entries(v).map(([k, x]) => (
        <div key={k} class="form-item">
          <NodeView n={m.entry} value={x} path={[...path, k]} ctx={ctx} label={k} />
          <button type="button" class="remove" onClick={() => ctx.onEdit([...path, k], undefined)}>
            {tx.remove} {k}
          </button>
        </div>
      ))}
      <label for={id}>{tx.entryName}</label>
      <input id={id} type="text" value={key} onInput={(e) => setKey((e.target as HTMLInputElement).value)} />
      <button
        type="button"
        disabled={key.trim() === '' || Object.hasOwn(v, key.trim())}
        onClick={() => {
          ctx.onEdit([...path, key.trim()], m.entry.examples[0] ?? '');
          setKey('');
        }}
      >
        {tx.add(name)}
      </button>
    </details>
  );
}

/** The whole form: the top-level values first, then one section per top-level group or list. */
export function ScenarioForm({ form, value, ctx }: { readonly form: FormGroup; readonly value: unknown; readonly ctx: FormCtx }) {
  const v = isObj(value) ? value : {};
  const plain = form.fields.filter((f) => f.kind === 'field');
  return (
    <div class="scenario-form form-grid" data-form={ctx.id}>
      {plain.map((f) => (
        <NodeView key={f.key} n={f} value={v[f.key]} path={[f.key]} ctx={ctx} />
      ))}
      {form.fields
        .filter((f) => f.kind !== 'field')
        .map((f) => (
          <section key={f.key} class="form-section" data-section={f.key}>
            {f.key === 'workloads' && f.kind === 'group' ? <WorkloadsEditor g={f} value={v[f.key]} ctx={ctx} /> : <NodeView n={f} value={v[f.key]} path={[f.key]} ctx={ctx} />}
          </section>
        ))}
    </div>
  );
}
