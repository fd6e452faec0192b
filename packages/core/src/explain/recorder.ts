/**
 * How a calculator records what it did. Explained: every derivation step is built (formula, numbers,
 * source, in the reader's language and size system) and every check message rendered. Fast: nothing
 * is built; checks keep their id, level and area. The planner's optimizer runs the very calculators
 * the plan runs through the fast recorder, so the explained and the fast paths are the same code and
 * cannot drift apart.
 */
import { renderMessage } from '../spec/messages.js';
import type { Locales, Params } from '../spec/types.js';
import type { SizeSystem } from '../units/size-units.js';
import { step, type StepSpec } from './step.js';
import type { Check, CheckArea, CheckLevel, Lang, Step } from './types.js';

export interface Recorder {
  /** False in fast mode: callers skip work that only feeds steps or messages. */
  readonly explains: boolean;
  readonly lang: Lang;
  readonly system: SizeSystem;
  /**
   * Adds the step built from `spec` to `into`. Absent in fast mode, so that `rec.step?.(into, {...})`
   * does not even build the spec (an optional call skips its arguments).
   */
  readonly step?: (into: Step[], spec: StepSpec) => void;
  /**
   * A coded check (issue 10): `code` in `locales` rendered from `params` in the recorder's language.
   * In fast mode the code and the level stay, the params and the words are not built.
   */
  coded(locales: Locales, id: string, level: CheckLevel, code: string, params?: () => Params, area?: CheckArea): Check;
}

// Every check is coded (issue 10): no maker of a check of words only.
const made = (id: string, level: CheckLevel, code: string, message: string, area: CheckArea | undefined): Check =>
  area === undefined ? { id, level, message, code } : { id, level, message, code, area };

export function explaining(lang: Lang, system: SizeSystem = 'binary'): Recorder {
  return {
    explains: true,
    lang,
    system,
    step: (into, spec) => {
      into.push(step(spec, lang, system));
    },
    coded: (locales, id, level, code, params, area) => {
      const p = params?.() ?? {};
      return { ...made(id, level, code, renderMessage(locales, code, p, lang), area), params: p };
    },
  };
}

/** Records nothing: for searches that only need the figures and the checks' levels. */
// biome-ignore format: a table, several short entries per line as it reads
export const FAST: Recorder = {
  explains: false, lang: 'en', system: 'binary',
  coded: (_locales, id, level, code, _params, area) => made(id, level, code, '', area),
};
