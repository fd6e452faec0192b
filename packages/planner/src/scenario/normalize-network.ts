/**
 * The refusals of a node's `carries` (issue 11, item 2) that the schema cannot say: class names the
 * core's network budget takes (CLASS_NAME, MAX_CLASSES), and `auto` only where the plan derives the
 * rate and the section it derives it from is there.
 */
import { CLASS_NAME, MAX_CLASSES } from '@capa/core';
import type { PathKey } from './issues.js';
import type { NormalizeCode, Refusal } from './normalize-messages.js';
import type { NodeSpec, ScenarioDoc } from './schema.js';

/** The node's bonds that may carry classes, in the order the budget reports them. */
export const BUDGET_BONDS = ['ceph', 'public', 'backup', 'corosync'] as const;

/** The classes whose `auto` rate the plan derives, and the section each needs. */
const AUTO: Record<string, { code: NormalizeCode; present: (d: ScenarioDoc) => boolean }> = {
  recovery: { code: 'autoNeedsCeph', present: (d) => d.storage?.ceph !== undefined },
  backup: { code: 'autoNeedsBackup', present: (d) => d.backup !== undefined },
  migration: { code: 'autoNeedsDrain', present: (d) => d.drain !== undefined },
};

export function carriesRefusals(n: NodeSpec, doc: ScenarioDoc): { path: PathKey[]; code: NormalizeCode; params: NonNullable<Refusal['params']> }[] {
  const out: { path: PathKey[]; code: NormalizeCode; params: NonNullable<Refusal['params']> }[] = [];
  for (const b of BUDGET_BONDS) {
    const carries = n.network?.[b]?.carries;
    if (carries === undefined) continue;
    const at: PathKey[] = ['network', b, 'carries'];
    const entries = Object.entries(carries);
    if (entries.length === 0 || entries.length > MAX_CLASSES) out.push({ path: at, code: 'carriesCount', params: { count: entries.length, max: MAX_CLASSES } });
    for (const [name, bps] of entries) {
      if (!CLASS_NAME.test(name)) out.push({ path: [...at, name], code: 'className', params: { name } });
      else if (bps !== 'auto') continue;
      else {
        const rule = Object.hasOwn(AUTO, name) ? AUTO[name] : undefined;
        if (rule === undefined) out.push({ path: [...at, name], code: 'autoClass', params: { name } });
        else if (!rule.present(doc)) out.push({ path: [...at, name], code: rule.code, params: { name } });
      }
    }
  }
  return out;
}
