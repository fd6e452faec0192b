/**
 * A calculator command derived from its core spec (issue 10): the options and their help, the
 * reading of their text, the figures and their labels all come from the spec, so the CLI and the
 * web page cannot drift. No maths and no words of its own here.
 */
import {
  type CalculatorSpec,
  type Explained,
  fieldOf,
  labelText,
  type Lang,
  markOutcomeDefaults,
  optionFlags,
  optionHelp,
  optionName,
  type Outcome,
  type RawInput,
  readInputs,
  renderFigures,
} from '@capa/core';
import type { Command } from 'commander';
import { CLI_LANG } from './lang.js';
import { badInput, type CommandOutput, emit, type OutputOptions } from './run.js';

/** The command's description and one option per input the CLI has, help in the run's language. */
export function withSpecOptions<R extends Explained>(cmd: Command, spec: CalculatorSpec<R>, lang: Lang = CLI_LANG): Command {
  cmd.description(spec.description[lang]);
  for (const i of spec.inputs) {
    if (i.surface === 'web') continue;
    // A list is the option repeated (--pool a --pool b), each line kept for the reader.
    if (i.kind === 'pools' || i.kind === 'classes') cmd.option(optionFlags(i), optionHelp(i, lang), (line: string, lines: string[] = []) => [...lines, line]);
    else cmd.option(optionFlags(i), optionHelp(i, lang));
  }
  return cmd;
}

/** commander's parsed options → the reader's raw values: text for valued options, booleans for flags. */
function rawValues<R extends Explained>(spec: CalculatorSpec<R>, opts: Readonly<Record<string, unknown>>): Record<string, RawInput> {
  const raw: Record<string, RawInput> = {};
  for (const i of spec.inputs) {
    const v = opts[i.key];
    if (typeof v === 'string' || typeof v === 'boolean') raw[i.key] = v;
    else if (Array.isArray(v)) raw[i.key] = v.map(String);
  }
  return raw;
}

/** The CLI's own run of the core, when it computes more than the spec's (ceph's CRUSH simulation). */
export type SpecRun<R> = (input: Readonly<Record<string, unknown>>) => Outcome<R> | Promise<Outcome<R>>;

/** The command's handler: read, run the core, print figures (or JSON), exit 2 on bad input. */
export function specCommand<R extends Explained>(spec: CalculatorSpec<R>, run: SpecRun<R> = spec.run) {
  const fieldToOption: Record<string, string> = Object.fromEntries(spec.inputs.map((i) => [fieldOf(i), optionName(i.key)]));
  for (const [field, key] of Object.entries(spec.fieldKeys ?? {})) fieldToOption[field] = optionName(key);
  return async (opts: Record<string, unknown>, out: OutputOptions): Promise<CommandOutput> => {
    const read = readInputs(spec.inputs, rawValues(spec, opts), out.lang, { surface: 'cli', name: optionName });
    if (!read.ok)
      return badInput(
        read.issues.map((i) => ({ option: optionName(i.key), value: i.value, message: i.message })),
        out.lang,
      );
    const system = read.system ?? spec.sizeSystem?.(read.input);
    const ran = await run({ ...read.input, lang: out.lang, ...(spec.sizeSystem === undefined || system === undefined ? {} : { system }) });
    // An input the user did not give is a default in the derivation's "where" lines.
    const given = rawValues(spec, opts);
    const outcome = markOutcomeDefaults(ran, (k) => given[k] !== undefined);
    return emit(outcome, out, fieldToOption, (v) => ({
      title: labelText(spec.title, v, out.lang),
      figures: renderFigures(spec.figures, v, out.lang, system, read.input).map(({ label, value }) => ({ label, value })),
    }));
  };
}
