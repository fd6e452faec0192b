/**
 * A calculator command derived from its core spec (issue 10): the options and their help, the
 * reading of their text, the figures and their labels all come from the spec, so the CLI and the
 * web page cannot drift. No maths and no words of its own here.
 */
import { type CalculatorSpec, type Echoed, fieldOf, optionFlags, optionHelp, optionName, type RawValue, readInputs, renderFigures } from '@capa/core';
import type { Command } from 'commander';
import { badInput, type CommandOutput, emit, type OutputOptions } from './run.js';

/** The command's description and one option per input, help in English (commander's help is). */
export function withSpecOptions<R extends Echoed>(cmd: Command, spec: CalculatorSpec<R>): Command {
  cmd.description(spec.description.en);
  for (const i of spec.inputs) cmd.option(optionFlags(i), optionHelp(i, 'en'));
  return cmd;
}

/** commander's parsed options → the reader's raw values: text for valued options, booleans for flags. */
function rawValues<R extends Echoed>(spec: CalculatorSpec<R>, opts: Readonly<Record<string, unknown>>): Record<string, RawValue> {
  const raw: Record<string, RawValue> = {};
  for (const i of spec.inputs) {
    const v = opts[i.key];
    if (typeof v === 'string' || typeof v === 'boolean') raw[i.key] = v;
  }
  return raw;
}

/** The command's handler: read, run the core, print figures (or JSON), exit 2 on bad input. */
export function specCommand<R extends Echoed>(spec: CalculatorSpec<R>) {
  const fieldToOption = Object.fromEntries(spec.inputs.map((i) => [fieldOf(i), optionName(i.key)]));
  return (opts: Record<string, unknown>, out: OutputOptions): CommandOutput => {
    const read = readInputs(spec.inputs, rawValues(spec, opts), out.lang);
    if (!read.ok) return badInput(read.issues.map((i) => ({ option: optionName(i.key), value: i.value, message: i.message })));
    return emit(spec.run({ ...read.input, lang: out.lang }), out, fieldToOption, (v) => ({
      title: spec.title[out.lang],
      figures: renderFigures(spec.figures, v, out.lang, read.system).map(({ label, value }) => ({ label, value })),
    }));
  };
}
