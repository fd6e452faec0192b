/**
 * Commands that are not derived from a core spec (import, analyze, placement, plan, optimize,
 * compare) written as data: name, description, argument, option rows and worked examples, all in the
 * run's language. One loop adds them, so each command states only what differs.
 */
import type { Lang } from '@capa/core';
import type { Command } from 'commander';
import { examplesText, h, type ListKey, type TextKey } from '../help/index.js';

/** Flags, help (already in the run's language), and `repeat` for an option given several times. */
export type OptionRow = readonly [flags: string, help: string, repeat?: 'repeat' | undefined];

export interface CommandDef {
  readonly name: string;
  readonly desc: TextKey;
  /** Positional argument: its spelling (`<path>`, `[files...]`) and help. */
  readonly argument?: readonly [name: string, help: TextKey];
  readonly options: readonly OptionRow[];
  readonly examples: ListKey;
}

/** A repeated option's values, in the order given (--out 3 --out 5 → ['3', '5']). */
const collect = (value: string, previous: string[]) => [...previous, value];

/** Adds the rows' options in order; commander lists them in that order in the help. */
export function addOptions(cmd: Command, rows: readonly OptionRow[]): Command {
  for (const [flags, help, repeat] of rows) {
    if (repeat === 'repeat') cmd.option(flags, help, collect, [] as string[]);
    else cmd.option(flags, help);
  }
  return cmd;
}

/** `parent`'s sub-command `def.name`, with its description, argument, options and examples. */
export function defineCommand(parent: Command, def: CommandDef, lang: Lang): Command {
  const cmd = parent.command(def.name).description(h(lang, def.desc));
  if (def.argument !== undefined) cmd.argument(def.argument[0], h(lang, def.argument[1]));
  return addOptions(cmd, def.options).addHelpText('after', examplesText(lang, def.examples));
}
