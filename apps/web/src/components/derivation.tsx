/**
 * The derivation, step by step with sources. Collapsed by default; in teaching mode it is open and
 * revealed one step at a time (buttons, or → and ← when no input has focus). Every step stays in the
 * document so the printed report always carries the whole derivation.
 */
import type { Lang, Step } from '@capa/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { UI } from '../i18n/ui';
import { StepSymbols } from './step-symbols';

interface Props {
  readonly steps: readonly Step[];
  readonly lang: Lang;
  readonly teach: boolean;
  /** The form's label of an input key, for "from input …" (the key itself by default). */
  readonly inputName?: (key: string) => string;
  /** Teaching mode: open on the last step (an arrow back from the next example). */
  readonly fromEnd?: boolean;
  /** Teaching mode: what → past the last step (1) or ← before the first (−1) does, and its words at the last step. */
  readonly onEdge?: (dir: 1 | -1) => void;
  readonly hint?: string | undefined;
}

/** A key the page may take: not typed into a field, not a shortcut of the browser's. */
export const freeKey = (e: KeyboardEvent) => !(e.altKey || e.ctrlKey || e.metaKey || (e.target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName)));

/** `− 5 TB` → a pattern finding `5 TB` as a whole value in a step's numbers (not inside `25 TB` or `5 TBs`). */
const valueIn = (text: string) => new RegExp(`(^|[\\s(])${text.replace(/^− /, '').replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')}(?![\\w%]|[.,]\\d)`);

function SourceRef({ refText }: { readonly refText: string }) {
  // Only https links become links: a source reference is data, never a script URL.
  return /^https:\/\/[^\s]+$/.test(refText) ? (
    <a href={refText} target="_blank" rel="noopener noreferrer">
      {refText}
    </a>
  ) : (
    <code>{refText}</code>
  );
}

export function Derivation({ steps, lang, teach, inputName = (k) => k, fromEnd = false, onEdge, hint }: Props) {
  const ui = UI[lang];
  const [open, setOpen] = useState(teach);
  const [revealed, setRevealed] = useState(fromEnd ? steps.length : 1);
  useEffect(() => {
    setOpen(teach);
    setRevealed(fromEnd ? steps.length : 1);
  }, [teach]);
  const shown = teach ? Math.min(revealed, steps.length) : steps.length;
  const next = () => setRevealed((r) => Math.min(r + 1, steps.length));
  const prev = () => setRevealed((r) => Math.max(Math.min(r, steps.length) - 1, 1));
  // The earlier step a "from step N" link points at: highlighted and focused. In teaching mode only the
  // current step shows, so the link makes it current; → and ← go on from there.
  const [linked, setLinked] = useState(-1);
  const jump = (j: number) => {
    setLinked(j);
    if (teach) setRevealed(j + 1);
    const el = document.querySelectorAll<HTMLElement>('#derivation-steps > .step')[j];
    el?.scrollIntoView({ block: 'nearest' });
    el?.focus({ preventScroll: true });
  };
  // The key handler is registered once per derivation; it reads where it stands and the page's move here.
  const now = useRef({ shown, onEdge });
  now.current = { shown, onEdge };

  useEffect(() => {
    if (!teach) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (!freeKey(e)) return;
      const { shown: at, onEdge: edge } = now.current;
      if (e.key === 'ArrowRight' || e.key === 'n') {
        if (at >= steps.length && edge) edge(1);
        else next();
        e.preventDefault();
      }
      if (e.key === 'ArrowLeft' || e.key === 'p') {
        if (at <= 1 && edge) edge(-1);
        else prev();
        e.preventDefault();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [teach, steps.length]);

  // The current step's numbers, highlighted in the picture where it shows them.
  useEffect(() => {
    const s = teach ? steps[shown - 1] : undefined;
    // A ratio the step writes 0.75 is the picture's 75 %.
    const numbers = s ? `${s.substituted} ${s.display}`.replace(/\b0[.,](\d\d)\b/g, '$& $1%') : '';
    const inStep = (text: string) => {
      const v = text
        .trim()
        .replace(/^\((.*)\)$/, '$1')
        .replace(/\s%/, '%');
      return /\d/.test(v) && valueIn(v).test(numbers.replace(/\s%/g, '%'));
    };
    // A text whose parts are tspans ("100 TB (90.95 TiB)") lights up when the step names any part of it.
    for (const el of document.querySelectorAll('.picture text')) {
      el.classList.toggle('hl', inStep(el.textContent ?? '') || [...el.querySelectorAll('tspan')].some((t) => inStep(t.textContent ?? '')));
    }
  }, [teach, shown, steps]);

  return (
    <section class={`derivation${open ? ' open' : ''}`} aria-labelledby="derivation-title">
      <h2 id="derivation-title">{ui.derivation}</h2>
      <button type="button" class="secondary toggle" aria-expanded={open} aria-controls="derivation-steps" onClick={() => setOpen(!open)}>
        {open ? ui.hideDerivation : ui.showDerivation(steps.length)}
      </button>
      {open && teach && (
        <div class="stepper">
          <button type="button" onClick={prev} disabled={shown <= 1}>
            ← {ui.prevStep}
          </button>
          <span aria-live="polite">{ui.stepOf(shown, steps.length)}</span>
          <button type="button" onClick={next} disabled={shown >= steps.length}>
            {ui.nextStep} →
          </button>
          <button type="button" class="secondary" onClick={() => setRevealed(steps.length)} disabled={shown >= steps.length}>
            {ui.allSteps}
          </button>
        </div>
      )}
      <ol id="derivation-steps" class="steps">
        {steps.map((s, i) => (
          <li key={`${s.id}-${i}`} class={`step${i >= shown ? ' pending' : ''}${teach && i === shown - 1 ? ' current' : ''}${i === linked ? ' linked' : ''}`} data-step={s.id} tabIndex={-1}>
            <h3>{s.title}</h3>
            <p class="formula">
              <span class="k">{ui.formula}</span> <code>{s.formula}</code>
            </p>
            <p class="substituted">
              <span class="k">{ui.numbers}</span> <code>{s.substituted}</code>
            </p>
            <p class="step-result">
              <span class="k">{ui.result}</span> <strong>{s.display}</strong>
            </p>
            <StepSymbols steps={steps} index={i} lang={lang} inputName={inputName} onJump={jump} />
            <p class="source">
              <span class="k">{ui.source}</span> {s.source.title} · <SourceRef refText={s.source.ref} />
            </p>
          </li>
        ))}
      </ol>
      {/* Under the step, not in the stepper: a line more there would push the longest steps off a 720 px screen. */}
      {open && teach && hint !== undefined && shown >= steps.length && (
        <p class="next-hint">
          {hint} <kbd>→</kbd>
        </p>
      )}
    </section>
  );
}
