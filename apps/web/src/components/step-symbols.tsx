/**
 * A derivation step's symbols (issue 12): what each letter stands for, its unit, and where its number
 * comes from: an earlier step (a link to it), an input (the form's label), a default, or the model.
 * The data and the words are the core's (explain/symbols.ts, explain/symbol-text.ts).
 */
import { type Lang, originIndex, originText, type Step, symbolWords, unitWord } from '@capa/core';

interface Props {
  readonly steps: readonly Step[];
  readonly index: number;
  readonly lang: Lang;
  /** The form's label of an input key. */
  readonly inputName: (key: string) => string;
  /** Shows the earlier step a symbol comes from. */
  readonly onJump: (index: number) => void;
}

export function StepSymbols({ steps, index, lang, inputName, onJump }: Props) {
  const symbols = steps[index]?.symbols;
  if (symbols === undefined || symbols.length === 0) return null;
  const where = symbolWords(lang).where;
  const quoted = (k: string) => (lang === 'fr' ? `«\u00a0${inputName(k)}\u00a0»` : `“${inputName(k)}”`);
  return (
    <div class="symbols">
      <span class="k">{where}</span>
      <ul>
        {symbols.map((d) => {
          const j = originIndex(steps, index, d.from);
          const text = d.from === undefined ? '' : originText(d.from, j + 1, quoted, lang);
          return (
            <li key={d.symbol}>
              <code>{d.symbol}</code> = {d.meaning} <span class="unit">({unitWord(d.unit, lang)})</span>
              {text !== '' && ' · '}
              {j >= 0 ? (
                <button type="button" class="link from-step" data-to={steps[j]?.id} onClick={() => onJump(j)}>
                  {text}
                </button>
              ) : (
                text !== '' && <span class="from">{text}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
