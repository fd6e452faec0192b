/**
 * Issue 10, item 2 ("every message the tool can print, schema errors included, exists in English and
 * French"): the procurement catalogue's refusals (catalogue/schema.ts, the checks across files in
 * catalogue/load.ts, and zod's own messages for the catalogue) are said in the reader's language.
 * Each refusal is reached by a small bad catalogue written to a temp dir and loaded in en and fr: the
 * English keeps its wording, the French differs and the CLI's English detector finds nothing in it.
 * Expected texts: the refusals as worded in capa's repo:packages/planner/src/catalogue/schema.ts and
 * load.ts before they became codes (the vat enum had zod's default; it now says what it expects).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { englishLines } from '../../cli/test/french/english.js';
import { loadCatalogue } from '../src/catalogue/load.js';

const read = (p: string) => ({ ok: true as const, text: readFileSync(p, 'utf8') });
const dir = mkdtempSync(join(tmpdir(), 'capa-catalogue-'));

const CHASSIS = '{ id: mx7000, name: MX7000, bays: 8, price: 1 }';
const MEMORY = (channels: number, slots: number) => `memory: { type: DDR5, channelsPerSocket: ${channels}, slotsPerSocket: ${slots}, speeds: [4800] }`;
const PLATFORM = (extra: string, channels = 8, slots = 16) =>
  `platforms: [{ id: p1, name: P1, ${extra}, sockets: [2], ${MEMORY(channels, slots)}, cpus: [{ id: c1, name: C1, cores: 32, price: 1 }], driveBays: 8, nicPorts: 2, nicSpeeds: [25Gb/s], basePrice: 1 }]\n`;
const TABLE = (extra: string) => `subscriptions: [{ id: s1, date: 2025-01, source: x, currency: EUR, ${extra}, perSocketYear: { community: 1, basic: 1, standard: 1, premium: 1 } }]\n`;

/** One bad catalogue (file contents, or several files for a directory) per refusal, with its English. */
const CASES: Record<string, { files: Record<string, string>; en?: string }> = {
  idType: { files: { 'c.yaml': 'chassis: [{ id: [x], name: C, bays: 8, price: 1 }]\n' }, en: 'expected an id (text)' },
  idFormat: { files: { 'c.yaml': 'chassis: [{ id: "a b", name: C, bays: 8, price: 1 }]\n' }, en: 'ids use letters, digits, dot, dash and underscore' },
  kind: { files: { 'c.yaml': PLATFORM('kind: tower') }, en: 'expected rack or blade' },
  provenance: { files: { 'c.yaml': TABLE('provenance: me') }, en: 'expected proxmox or third-party' },
  vat: { files: { 'c.yaml': TABLE('vat: maybe') }, en: 'expected excluded or included' },
  currency: { files: { 'a.yaml': 'currency: EUR\n', 'b.yaml': 'currency: USD\n' }, en: 'USD differs from EUR in another catalogue file: use one currency' },
  idTwice: { files: { 'c.yaml': `chassis: [${CHASSIS}, ${CHASSIS}]\n` }, en: 'id "mx7000" is defined twice' },
  bladeChassis: { files: { 'c.yaml': PLATFORM('kind: blade, chassis: fx2') }, en: 'a blade needs a chassis defined in the catalogue (got fx2)' },
  bladeNoChassis: { files: { 'c.yaml': PLATFORM('kind: blade') }, en: 'a blade needs a chassis defined in the catalogue (got none)' },
  slots: { files: { 'c.yaml': PLATFORM('kind: rack', 8, 4) }, en: 'must be at least channelsPerSocket (balanced memory fills every channel)' },
  // zod's own messages (no message of ours): its French locale, as for scenarios.
  zodEmpty: { files: { 'c.yaml': 'dimms: [{ type: "", size: 32GiB, price: 1 }]\n' } },
  zodEmptyList: { files: { 'c.yaml': PLATFORM('kind: rack').replace('sockets: [2]', 'sockets: []') } },
  zodBoolean: { files: { 'c.yaml': PLATFORM('kind: rack, available: 2') } },
};

function load(name: string, lang: Lang): string[] {
  const c = CASES[name]!;
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  for (const [f, text] of Object.entries(c.files)) writeFileSync(join(d, f), text);
  const r = loadCatalogue(d, { read, lang });
  expect(r.ok, name).toBe(false);
  return r.ok ? [] : r.issues.map((i) => i.message);
}

describe('the catalogue’s refusals in English and French', () => {
  for (const name of Object.keys(CASES)) {
    it(name, () => {
      const en = load(name, 'en');
      const fr = load(name, 'fr');
      const expected = CASES[name]!.en;
      if (expected !== undefined) expect(en).toEqual([expected]);
      expect(fr).toHaveLength(en.length);
      fr.forEach((m, i) => expect(m).not.toBe(en[i]));
      // The detector is not blind: it sees the English (zod's English included)...
      expect(englishLines(en.join('\n')).length, en.join('\n')).toBeGreaterThan(0);
      // ...and nothing English in the French.
      expect(englishLines(fr.join('\n')), fr.join('\n')).toEqual([]);
    });
  }
});
