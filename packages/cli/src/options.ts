/**
 * Reads commander's raw option strings into typed values, collecting every problem with the option
 * named as the user typed it. No maths: parsing is the core's (parseSize, parseRate...).
 */
import {
  type InputIssue,
  type Lang,
  type Params,
  type ParseResult,
  READER_MESSAGES,
  renderMessage,
  parseCount,
  parsePositive,
  parseRate,
  parseRatio,
  parseSavings,
  parseSize,
  type SizeSystem,
  splitSizeList,
} from '@capa/core';

export interface OptionIssue {
  readonly option: string;
  readonly value: unknown;
  readonly message: string;
}

export const flag = (name: string): string => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export class OptionReader {
  readonly issues: OptionIssue[] = [];
  /** The unit system of the first size read: answers come back in the system the user typed. */
  system: SizeSystem | undefined;

  constructor(
    private readonly opts: Readonly<Record<string, unknown>>,
    private readonly lang: Lang = 'en',
  ) {}

  /** The reader's refusals are the core's (spec/messages.ts), in the user's language. */
  private say(code: keyof (typeof READER_MESSAGES)['en'], params: Params = {}): string {
    return renderMessage(READER_MESSAGES, code, params, this.lang);
  }

  private raw(name: string): string | undefined {
    const v = this.opts[name];
    return typeof v === 'string' ? v : undefined;
  }

  has(name: string): boolean {
    return this.opts[name] !== undefined;
  }

  private read<T>(name: string, parse: (text: string) => ParseResult<T>): T | undefined {
    const text = this.raw(name);
    if (text === undefined) return undefined;
    const r = parse(text);
    if (r.ok) return r.value;
    this.issues.push({ option: flag(name), value: text, message: r.reason });
    return undefined;
  }

  fail(name: string, value: unknown, message: string): void {
    this.issues.push({ option: flag(name), value, message });
  }

  require<T>(name: string, value: T | undefined): T | undefined {
    if (value === undefined && !this.has(name)) this.issues.push({ option: flag(name), value: undefined, message: this.say('input.required') });
    return value;
  }

  count(name: string, min = 1): number | undefined {
    return this.read(name, (t) => parseCount(t, min, this.lang));
  }

  size(name: string): number | undefined {
    const parsed = this.read(name, (t) => parseSize(t, this.lang));
    if (parsed && this.system === undefined) this.system = parsed.system;
    return parsed?.bytes;
  }

  sizeList(name: string): number[] | undefined {
    const text = this.raw(name);
    if (text === undefined) return undefined;
    const out: number[] = [];
    // Split after a unit only, so a French decimal comma ("1,5 Tio,512 Gio") stays inside its size.
    for (const part of splitSizeList(text)) {
      const r = parseSize(part, this.lang);
      if (!r.ok) {
        // Name the faulty part only when the list has several.
        const message = part.trim() === text.trim() ? r.reason : `"${part.trim()}" ${r.reason}`;
        this.issues.push({ option: flag(name), value: text, message });
        return undefined;
      }
      this.system ??= r.value.system;
      out.push(r.value.bytes);
    }
    return out;
  }

  rate(name: string): number | undefined {
    return this.read(name, (t) => parseRate(t, this.lang));
  }

  ratio(name: string): number | undefined {
    return this.read(name, (t) => parseRatio(t, this.lang));
  }

  savings(name: string): number | undefined {
    return this.read(name, (t) => parseSavings(t, this.lang));
  }

  positive(name: string): number | undefined {
    return this.read(name, (t) => parsePositive(t, this.lang));
  }

  seconds(name: string): number | undefined {
    return this.read(name, (t) => {
      const n = Number(t);
      return /^\s*\d+(\.\d+)?\s*$/.test(t) && Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: this.say('input.seconds') };
    });
  }

  choice<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    return this.read(name, (t) => ((allowed as readonly string[]).includes(t) ? { ok: true, value: t as T } : { ok: false, reason: this.say('input.choice', { allowed: allowed.join(', ') }) }));
  }
}

/** Names a core field the way the CLI user knows it. */
export function issuesFromCore(issues: readonly InputIssue[], fieldToOption: Readonly<Record<string, string>>): OptionIssue[] {
  return issues.map((i) => {
    if (i.field === '*') return { option: 'input', value: undefined, message: i.message };
    const top = i.field.split('.')[0] ?? i.field;
    const option = fieldToOption[i.field] ?? fieldToOption[top] ?? flag(top);
    return { option, value: i.value, message: i.message };
  });
}

/** Drops keys whose value is undefined (exactOptionalPropertyTypes: absent, not undefined). */
export function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
