/** `ceph osd crush rule dump` → each rule's root, device class and failure domain, for the pools that use it. */
import * as z from 'zod';
import { int, str, type Warnings } from '../util.js';
import { lnum } from './ceph-lenient.js';
import { check } from './shape.js';

const crushRulesSchema = z.array(z.looseObject({ rule_id: lnum, rule_name: z.string(), steps: z.array(z.record(z.string(), z.unknown())) }));

export interface RuleInfo {
  readonly name: string;
  readonly root: string | null;
  readonly deviceClass: string | null;
  readonly failureDomain: string | null;
  /** Pre-Luminous `ruleset` (what a pool's `crush_ruleset` names); null when the dump has none. */
  readonly ruleset: number | null;
}

/** A rule's root (`take` item_name, `default~ssd` for a class shadow tree) and failure domain (first choose step's type). */
export function ruleInfo(rule: { rule_name: string; steps: readonly Record<string, unknown>[]; ruleset?: unknown }): RuleInfo {
  let root: string | null = null;
  let failureDomain: string | null = null;
  let deviceClass: string | null = null;
  for (const s of rule.steps) {
    const op = str(s['op']) ?? '';
    if (op === 'take' && root === null) {
      const item = str(s['item_name']);
      root = item;
      const cls = str(s['item_class']);
      if (cls) deviceClass = cls;
      else if (item?.includes('~')) deviceClass = item.split('~')[1] ?? null;
    }
    if (/^choose(leaf)?_(firstn|indep)$/.test(op) && failureDomain === null) failureDomain = str(s['type']);
  }
  return { name: rule.rule_name, root, deviceClass, failureDomain, ruleset: int(rule.ruleset) };
}

/** The rules by id; empty (with a warning) when the dump was not imported. */
export function parseCrushRules(crushRules: unknown, warnings: Warnings): Map<number, RuleInfo> {
  const rules = new Map<number, RuleInfo>();
  if (crushRules !== undefined) {
    for (const r of check(crushRulesSchema, crushRules, 'ceph osd crush rule dump')) rules.set(r.rule_id, ruleInfo(r));
  } else {
    warnings.add('ceph.no-crush-rules', {}, 'ceph osd crush rule dump');
  }
  return rules;
}
