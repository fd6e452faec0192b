/**
 * Issue 12, item 6: plurals in both languages. No message writes "node(s)" or "nœud(s)": every catalogue
 * of the core, importer, planner and CLI is rendered with every parameter set to 0, 1, 2 and 5, and the
 * text must hold no "(s)" and agree in number ("1 node", "2 nodes"; French "0 nœud", "1 nœud", "2 nœuds").
 * The plural rules are CLDR's (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html),
 * checked here against Intl.PluralRules, which implements the same tables.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amount, count, isSingular, listSize, plural } from '@capa/core';

const ROOT = new URL('../../../../', import.meta.url).pathname;
const COUNTS = [0, 1, 2, 5] as const;
type Lang = 'en' | 'fr';

// Nouns the messages count, plural and singular; OSD, PG and MON stay invariable in French.
const EN: readonly [string, string][] = [
  ['node', 'nodes'],
  ['guest', 'guests'],
  ['host', 'hosts'],
  ['OSD', 'OSDs'],
  ['PG', 'PGs'],
  ['vote', 'votes'],
  ['wave', 'waves'],
  ['check', 'checks'],
  ['cluster', 'clusters'],
  ['disk', 'disks'],
  ['failure', 'failures'],
  ['MON', 'MONs'],
  ['day', 'days'],
  ['template', 'templates'],
  ['pool', 'pools'],
  ['warning', 'warnings'],
  ['point', 'points'],
  ['row', 'rows'],
  ['value', 'values'],
  ['rule', 'rules'],
  ['client', 'clients'],
  ['year', 'years'],
  ['socket', 'sockets'],
  ['blade', 'blades'],
  ['thread', 'threads'],
  ['candidate', 'candidates'],
  ['number', 'numbers'],
  ['alerting rule', 'alerting rules'],
  ['attempt', 'attempts'],
];
const FR: readonly [string, string][] = [
  ['nœud', 'nœuds'],
  ['invité', 'invités'],
  ['hôte', 'hôtes'],
  ['vote', 'votes'],
  ['vague', 'vagues'],
  ['vérification', 'vérifications'],
  ['disque', 'disques'],
  ['panne', 'pannes'],
  ['jour', 'jours'],
  ['cluster', 'clusters'],
  ['fragment', 'fragments'],
  ['modèle', 'modèles'],
  ['pool', 'pools'],
  ['avertissement', 'avertissements'],
  ['point', 'points'],
  ['ligne', 'lignes'],
  ['valeur', 'valeurs'],
  ['règle', 'règles'],
  ['client', 'clients'],
  ['an', 'ans'],
  ['lame', 'lames'],
  ['candidat', 'candidats'],
  ['échec', 'échecs'],
  ['nombre', 'nombres'],
  ['socket', 'sockets'],
  ['thread', 'threads'],
  ['tentative', 'tentatives'],
];
const alt = (words: readonly string[]) => words.map((w) => w.replace(/ /g, '\\s')).join('|');
/** A count followed by the wrong form of a noun: "1 nodes", "2 node", "0 nœuds". */
function disagreements(text: string, lang: Lang): string[] {
  const nouns = lang === 'en' ? EN : FR;
  const singularCounts = lang === 'en' ? '1' : '[01]';
  const pluralCounts = lang === 'en' ? '(?:0|[2-9]|\\d{2,})' : '(?:[2-9]|\\d{2,})';
  const wrongPlural = new RegExp(`(?<![\\d.,])\\b${singularCounts} (?:more )?(?:${alt(nouns.map((n) => n[1]))})(?![\\p{L}])`, 'gu');
  // A noun used as an adjective is singular: "2 node failures", "2 PG shards", "row 2" after a file name.
  const wrongSingular = new RegExp(
    `(?<![\\d.,×])\\b${pluralCounts} (?:more )?(?:${alt(nouns.map((n) => n[0]))})(?![\\p{L}-]| (?:failure|domain|shard|thread|fragment|loss|capacity|size)|,? (?:\\d|colonne|column))`,
    'gu',
  );
  return [...(text.match(wrongPlural) ?? []), ...(text.match(wrongSingular) ?? [])];
}

// Every parameter reads as `n`: a Params object, a number or a string argument alike; a device class is a name ("with hdd OSDs").
const asCount = (n: number): unknown =>
  new Proxy(
    {},
    {
      get: (_, k) => (k === Symbol.toPrimitive ? () => n : k === 'toString' || k === 'valueOf' ? () => String(n) : k === 'class' ? 'hdd' : n),
    },
  );

interface Rendered {
  readonly where: string;
  readonly lang: Lang | null;
  readonly n: number;
  readonly text: string;
}

/** A function's parameter names, from its source (`(p, lang) =>`, `function f(n, m)`, `x =>`). */
function paramNames(f: (...a: never[]) => unknown): string[] {
  const src = f.toString();
  const list = /^(?:async\s*)?[\w$]+\s*=>/.test(src) ? (src.match(/^(?:async\s*)?([\w$]+)/)?.[1] ?? '') : (src.match(/\(([^)]*)\)/)?.[1] ?? '');
  return list
    .split(',')
    .map((a) => a.trim().replace(/\s*=.*$/, ''))
    .filter((a) => a !== '');
}

/**
 * The arguments a function gets: `n` for a count (a real number, as the catalogues' callers pass it),
 * a Params whose every key reads `n` for `p`/`params`, and the language for `lang`. A function of
 * other shapes (a result object) gets Params-like objects on a second try.
 */
function argsFor(names: readonly string[], n: number, lang: Lang | null, params: boolean): unknown[] {
  return names.map((a) => (a === 'lang' ? lang : params || a === 'p' || a === 'params' ? asCount(n) : n));
}

/**
 * Renders every function reachable from a module's exports; the language is the `en`/`fr` key or file
 * name on the way, or, for a function that takes the language as an argument (`reasonText(p, lang)`),
 * each language in turn.
 */
function renderAll(value: unknown, where: string, lang: Lang | null, n: number, out: Rendered[], depth = 0): void {
  if (depth > 4 || value === null) return;
  if (typeof value === 'string') {
    if (depth > 0) out.push({ where, lang, n, text: value });
    return;
  }
  if (typeof value === 'function') {
    const f = value as (...a: unknown[]) => unknown;
    const names = paramNames(f);
    const padded = names.length > 0 ? names : Array.from({ length: Math.max(1, f.length) }, () => 'n');
    const langs: readonly (Lang | null)[] = names.includes('lang') ? ['en', 'fr'] : [lang];
    for (const l of langs) {
      let r: unknown;
      try {
        r = f(...argsFor(padded, n, l, false));
      } catch {
        try {
          r = f(...argsFor(padded, n, l, true));
        } catch {
          continue; // a function of other inputs than counts (a formatter of results): the source scan below covers it
        }
      }
      if (typeof r === 'string') out.push({ where, lang: l, n, text: r });
      else if (typeof r === 'object' && r !== null && !(r instanceof Promise)) renderAll(r, where, l, n, out, depth + 1);
    }
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) return;
  for (const [k, v] of Object.entries(value)) renderAll(v, `${where}.${k}`, k === 'en' || k === 'fr' ? k : lang, n, out, depth + 1);
}

const CODE = /\.(ts|tsx)$/;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : CODE.test(e.name) ? [p] : [];
  });
const SRC = ['packages/core/src', 'packages/importer/src', 'packages/planner/src', 'packages/cli/src', 'packages/crush/src', 'apps/web/src'].flatMap((d) => files(join(ROOT, d)));
// The message catalogues: files named for their words, and the help texts.
// Also the files whose words sit in a table of their own: the placement report and the commands' `L` tables.
const OWN_WORDS = /plan\/placement-report\.ts$|commands\/(placement|importer\/analyze|importer\/analyze-estate)\.ts$/;
const CATALOGUES = SRC.filter((f) => !f.includes('apps/web') && (/messages|words|present|help\/(en|fr)\.ts$/.test(f) || /-render\.ts$|report\/.*text\.ts$/.test(f) || OWN_WORDS.test(f)));

describe('the plural rules', () => {
  it.each([0, 1, 1.5, 2, 5, 21, 1000])('%s: the same choice as Intl.PluralRules in English and French', (n) => {
    for (const lang of ['en', 'fr'] as const) expect(isSingular(n, lang), `${lang} ${n}`).toBe(new Intl.PluralRules(lang).select(n) === 'one');
  });
  it('French 0 and 1 are singular, English 1 only; a non-number reads as plural', () => {
    expect([0, 1, 2, 5].map((n) => count(n, 'fr', 'nœud', 'nœuds'))).toEqual(['0 nœud', '1 nœud', '2 nœuds', '5 nœuds']);
    expect([0, 1, 2, 5].map((n) => count(n, 'en', 'vote', 'votes'))).toEqual(['0 votes', '1 vote', '2 votes', '5 votes']);
    expect(plural('unknown', 'en', 'node', 'nodes')).toBe('nodes');
    expect([listSize('a'), listSize('a, b'), listSize('')]).toEqual([1, 2, 0]);
  });
  it('a figure with decimals takes the word of the number printed, not of the raw value', () => {
    // 0.96 printed with one decimal reads "1": English singular; 1.97 reads "2": French plural (CLDR rules above).
    expect(amount(0.96, 'en', 1, 'year', 'years')).toBe('1 year');
    expect(amount(1.97, 'fr', 1, 'an', 'ans')).toBe('2 ans');
    expect(amount(1.5, 'en', 1, 'day', 'days')).toBe('1.5 days');
    expect(amount(1.5, 'fr', 1, 'jour', 'jours')).toBe('1,5 jour');
  });
  it('a count is grouped for the reader, as the figures beside it (packages/core/src/units/format.ts)', () => {
    expect(count(131072, 'en', 'PG', 'PGs')).toBe('131,072 PGs');
    expect(count(131072, 'fr', 'PG', 'PG')).toBe('131\u202f072 PG');
  });
});

/** Words whose argument is a device class's name ("hdd OSDs"), not a count: a number there reads wrong on purpose. */
const NAMED = /\.(domainClass|classUnsupported|procurement\.disk-class)$/;

describe('every catalogue, every count: no "(s)", singular and plural agree', async () => {
  // One by one: the planner's catalogues import each other, and parallel imports of a cycle wait on each other.
  const modules: (readonly [string, unknown])[] = [];
  for (const f of CATALOGUES) {
    const mod = (await import(f)) as Record<string, unknown>;
    // A command module exports the command too (it reads files): only its word tables are rendered.
    modules.push([relative(ROOT, f), OWN_WORDS.test(f) ? Object.fromEntries(Object.entries(mod).filter(([k]) => k === 'L' || /Messages$/.test(k))) : mod]);
  }
  it('finds the catalogues', () => expect(modules.length).toBeGreaterThan(25));
  for (const n of COUNTS) {
    it(`count ${n}`, () => {
      const out: Rendered[] = [];
      for (const [file, mod] of modules) {
        const lang = /\/fr\.ts$/.test(file) ? 'fr' : /\/en\.ts$/.test(file) ? 'en' : null;
        renderAll(mod, file, lang, n, out);
      }
      expect(out.length).toBeGreaterThan(800);
      expect(out.filter((r) => /\(s\)/.test(r.text)).map((r) => `${r.where} (${r.lang}): ${r.text}`)).toEqual([]);
      const wrong = out.flatMap((r) => (r.lang === null || NAMED.test(r.where) ? [] : disagreements(r.text, r.lang).map((w) => `${r.where} (${r.lang}): «${w}» in ${r.text}`)));
      expect(wrong).toEqual([]);
    });
  }
});

describe('a function that takes the language and a reason code: the importer’s reasons', async () => {
  // reasonText(p, lang) reads p.why as a key of its table: the generic Params above give it none, so each key is rendered here.
  const { reasonText, REASON_MESSAGES } = (await import(join(ROOT, 'packages/importer/src/reason-messages.ts'))) as {
    reasonText: (p: Record<string, unknown>, lang: Lang) => string;
    REASON_MESSAGES: Record<Lang, Record<string, unknown>>;
  };
  it.each(COUNTS)('after %s attempts, in English and French', (n) => {
    const wrong = (['en', 'fr'] as const).flatMap((lang) =>
      Object.keys(REASON_MESSAGES[lang]).flatMap((why) => {
        const text = reasonText({ why, attempts: n, file: 'f', dir: 'd', status: null }, lang);
        return disagreements(text, lang).map((w) => `${why} (${lang}): «${w}» in ${text}`);
      }),
    );
    expect(wrong).toEqual([]);
  });
});

/**
 * Whether a line writes "word(s)" as text. A call on a variable `s` is code, not text: a method
 * (`.has(s)`), a camelCase function (`bytesOf(s)`), an arrow's parameter, or a call ending a statement.
 */
function textPlural(line: string): boolean {
  return [...line.matchAll(/(?<=(.?))(\p{L}+)\(s\)(?=(.?.?.?))/gu)].some(([, before, word, after]) => {
    if (before === '.' || /^[a-z]+[A-Z]/.test(word ?? '') || /^(;|\s*=>|\)[;),]|\)\)|,$)/.test(after ?? '')) return false;
    return !/^ =>/.test(after ?? '');
  });
}

describe('the source: no "(s)" in any text', () => {
  // Real units and other tools' own words: virsh nodeinfo's keys, which the libvirt parser reads as printed.
  const KEEP = /'(cpu|cpu socket|numa cell|core)\(s\)( per socket)?'|CPU socket\(s\)/;
  it('no string of the packages or the web app writes "word(s)"', () => {
    const hits = SRC.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(ROOT, f)}:${i + 1}` }))
        .filter(({ line }) => !/^\s*(\*|\/\/|\/\*)/.test(line) && !KEEP.test(line) && textPlural(line)),
    );
    expect(hits.map((h) => `${h.at}: ${h.line.trim().slice(0, 160)}`)).toEqual([]);
  });
});
