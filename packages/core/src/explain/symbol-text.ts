/**
 * The words every adapter uses around a step's symbols (issue 12): "where", the unit names, "from
 * step 3", "input --mark-out", "default". The adapters only choose how to name an input (an option,
 * a form label) and how to link a step; the sentences are here, in English and French.
 */
import { fromDefault, originIndex } from './symbols.js';
import type { Explained, Lang, Outcome, Step, StepUnit, SymbolOrigin } from './types.js';

const en = {
  where: 'where',
  source: 'source',
  fromStep: 'from step',
  input: 'input',
  default: 'default',
  model: 'from the model',
  inventory: 'from the inventory',
  units: { bytes: 'bytes', 'bits/s': 'bits/s', ratio: 'ratio', count: 'count', seconds: 'seconds', number: 'number', probability: 'probability' },
};
const fr: typeof en = {
  where: 'où',
  source: 'source',
  fromStep: 'de l’étape',
  input: 'saisie',
  default: 'valeur par défaut',
  model: 'du modèle',
  inventory: 'de l’inventaire',
  units: { bytes: 'octets', 'bits/s': 'bits/s', ratio: 'ratio', count: 'nombre', seconds: 'secondes', number: 'nombre', probability: 'probabilité' },
};
const WORDS = { en, fr } as const;

/** The words around symbols in the reader's language. */
export const symbolWords = (lang: Lang) => WORDS[lang];

export const unitWord = (unit: StepUnit, lang: Lang): string => WORDS[lang].units[unit];

/**
 * Where a symbol's number comes from, as words: "from step 16", "input --mark-out", "default
 * (--mark-out)", "from the model". `stepNumber` is the 1-based number of the step named (0 when the
 * derivation shown does not hold it); `inputName` names an input the adapter's way.
 */
export function originText(from: SymbolOrigin, stepNumber: number, inputName: (key: string) => string, lang: Lang): string {
  const w = WORDS[lang];
  switch (from.kind) {
    case 'step':
      return stepNumber > 0 ? `${w.fromStep} ${stepNumber}` : `${w.fromStep} ${from.step}`;
    case 'input':
      return `${w.input} ${inputName(from.input)}`;
    case 'default':
      return `${w.default} (${inputName(from.input)})`;
    case 'model':
      return w.model;
    case 'inventory':
      return w.inventory;
  }
}

/**
 * A step's symbols as the adapters print them under "where", one a line: "X = meaning (unit); from
 * step 3" (French sets a non-breaking space before ";", as the catalogues write '\u00a0; '). Empty when
 * the step defines none. `index` is the step's place in `steps` (for "from step N"); `inputName` names
 * an input the adapter's way (an option, a form label, a scenario field).
 */
export function symbolTexts(steps: readonly Step[], index: number, inputName: (key: string) => string, lang: Lang): string[] {
  const symbols = steps[index]?.symbols;
  if (symbols === undefined) return [];
  const sep = lang === 'fr' ? '\u00a0; ' : '; ';
  return symbols.map((d) => {
    const from = d.from === undefined ? '' : `${sep}${originText(d.from, originIndex(steps, index, d.from) + 1, inputName, lang)}`;
    return `${d.symbol} = ${d.meaning} (${unitWord(d.unit, lang)})${from}`;
  });
}

/** The terminal's "where" block: `symbolTexts` under "where", aligned ("where X = …" then "      Y = …"). */
export function whereLines(steps: readonly Step[], index: number, inputName: (key: string) => string, lang: Lang): string[] {
  const where = WORDS[lang].where;
  return symbolTexts(steps, index, inputName, lang).map((t, j) => `${j === 0 ? where : ' '.repeat(where.length)} ${t}`);
}

/**
 * One step as the terminal prints it (`--explain`, `capa plan --explain`): its number and title, the
 * formula, the numbers, the result, the "where" block and the source, `indent` before the number.
 */
export function stepLines(steps: readonly Step[], index: number, inputName: (key: string) => string, lang: Lang, indent: string): string[] {
  const s = steps[index];
  if (s === undefined) return [];
  const body = `${indent}   `;
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  return [
    `${indent}${index + 1}. ${s.title}`,
    `${body}  ${s.formula}`,
    `${body}= ${s.substituted}`,
    `${body}= ${s.display}`,
    ...whereLines(steps, index, inputName, lang).map((l) => `${body}${l}`),
    `${body}${WORDS[lang].source}${colon} ${s.source.title} (${s.source.ref})`,
  ];
}

/**
 * The derivation with each input the user left unset marked `default`: the core names the input, the
 * adapter knows what was typed (the CLI's options, the web's fields). Returns the same array when
 * nothing changes.
 */
export function markDefaults(steps: readonly Step[], typed: (inputKey: string) => boolean): readonly Step[] {
  let changed = false;
  const out = steps.map((s) => {
    if (!s.symbols?.some((d) => d.from?.kind === 'input' && !typed(d.from.input))) return s;
    changed = true;
    return { ...s, symbols: s.symbols.map((d) => (d.from?.kind === 'input' && !typed(d.from.input) ? { ...d, from: fromDefault(d.from.input) } : d)) };
  });
  return changed ? out : steps;
}

/** An accepted outcome with its derivation's untyped inputs marked `default` (markDefaults); a refusal as it is. */
export function markOutcomeDefaults<T extends Explained>(outcome: Outcome<T>, typed: (inputKey: string) => boolean): Outcome<T> {
  return outcome.ok ? { ok: true, value: { ...outcome.value, derivation: markDefaults(outcome.value.derivation, typed) } } : outcome;
}
