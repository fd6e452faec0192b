/**
 * A scenario slot's form: the planner's form over the scenario's text. Each change is written into
 * the YAML by the planner engine (comments kept) and handed to the page, which plans again; the
 * refusals of the planner stand beside their fields.
 */
import type { Lang } from '@capa/core';
import { useMemo, useState } from 'preact/hooks';
import type { PlannerEngine, Problem, ScenarioSource } from '../types';
import type { FormCtx } from './form-field';
import { FORM_TEXTS } from './form-texts';
import { ScenarioForm } from './scenario-form';

interface Props {
  readonly engine: PlannerEngine;
  readonly src: ScenarioSource;
  readonly require: 'nodes' | 'optimize';
  readonly lang: Lang;
  readonly id: string;
  readonly open: boolean;
  readonly onText: (text: string) => void;
}

export function ScenarioEditor({ engine, src, require, lang, id, open, onText }: Props) {
  const tx = FORM_TEXTS[lang];
  const value = useMemo(() => engine.valueOf(src.text), [src.text]);
  const problems = useMemo(() => new Map<string, Problem>(engine.check(src, lang, require).map((p) => [p.path, p])), [src.text, lang, require]);
  const [failed, setFailed] = useState(false);
  const ctx: FormCtx = {
    lang,
    id,
    problems,
    formatPath: engine.formatPath,
    onEdit: (path, v) => {
      const r = engine.edit(src.text, [v === undefined ? { path } : { path, value: v }]);
      setFailed(!r.ok);
      if (r.ok && r.text !== src.text) onText(r.text);
    },
  };
  return (
    <details class="scenario-editor" open={open} data-editor={id}>
      <summary>{tx.title}</summary>
      <p class="muted">{tx.intro}</p>
      {failed ? (
        <p class="issues" role="alert">
          {tx.editFailed}
        </p>
      ) : null}
      {value === null ? null : <ScenarioForm form={engine.form} value={value} ctx={ctx} />}
    </details>
  );
}
