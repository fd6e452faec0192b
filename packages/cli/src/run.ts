import { type Explained, type Lang, type Outcome, toJson } from '@capa/core';
import { renderHuman, type Presentation } from './output/human.js';
import { CLI_LANG } from './lang.js';
import { say } from './messages.js';
import { issuesFromCore, type OptionIssue } from './options.js';

export interface OutputOptions {
  readonly json: boolean;
  readonly explain: boolean;
  readonly lang: Lang;
}

/**
 * What a command produces: text for stdout or stderr and the exit code; main.ts writes it once.
 * `json`: stdout is JSON, written as is (JSON.stringify already escapes control characters); any
 * other output is terminal text and loses its escape sequences there (safeText).
 */
export interface CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: 0 | 1 | 2;
  readonly json?: boolean;
}

/** Exit code 2 with every bad option named; nothing on stdout. The header is in the run's language. */
export function badInput(issues: readonly OptionIssue[], lang: Lang = CLI_LANG): CommandOutput {
  const lines = issues.map((i) => `  ${i.option}${i.value === undefined ? '' : ` ${JSON.stringify(String(i.value))}`}: ${i.message}`);
  return { stdout: '', stderr: `${say('cli.invalidInput', lang)}\n${lines.join('\n')}\n`, code: 2 };
}

/** Turns a core outcome into output: JSON or human text, exit 1 when a check fails. */
export function emit<T extends Explained>(outcome: Outcome<T>, out: OutputOptions, fieldToOption: Readonly<Record<string, string>>, present: (value: T) => Presentation): CommandOutput {
  if (!outcome.ok) return badInput(issuesFromCore(outcome.issues, fieldToOption), out.lang);
  const value = outcome.value;
  let text: string;
  try {
    text = out.json ? `${toJson(value)}\n` : renderHuman(present(value), value, out.explain, out.lang);
  } catch (e) {
    if (e instanceof RangeError) return badInput([{ option: 'input', value: undefined, message: say('cli.tooLarge', out.lang) }], out.lang);
    throw e;
  }
  const failed = value.checks.some((c) => c.level === 'fail');
  return { stdout: text, stderr: '', code: failed ? 1 : 0, json: out.json };
}
