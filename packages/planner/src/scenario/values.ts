/**
 * Scenario values: sizes, rates and ratios are strings parsed by the core's own parsers, so a
 * scenario reads like the CLI (`512GiB`, `25Gb/s`, `75%`). Every message names what was expected.
 */
import { isCalendarDate, type Lang, MAX_SAVINGS, type ParseResult, parseDuration, parseRate, parseRatio, parseSavings, parseSize } from '@capa/core';
import * as z from 'zod';
import { parseLang, say, typed } from './value-messages.js';

/** A size with a unit; bytes out. Negative sizes are refused with their own message. */
export const size = z
  .string({ error: (i) => (i.input === undefined ? say('required') : typeof i.input === 'number' ? say('sizeNumber') : say('expected', { what: 'size' })) })
  .transform((s, ctx) => {
    if (/^\s*-/.test(s)) {
      ctx.issues.push({ code: 'custom', message: say('negativeSize'), input: s });
      return z.NEVER;
    }
    const r = parseSize(s, parseLang());
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', message: r.reason, input: s });
      return z.NEVER;
    }
    return r.value.bytes;
  })
  .meta({ description: 'A size with its unit: 512GiB, 16TB, 739.85 GiB, 0.5TiB (also Go, To, Gio, Tio).', examples: ['512GiB', '3.84TB'] });

/** A size, or the number 0 for "none" (host reservations can be switched off to reproduce the course). */
export const sizeOrZero = z
  .union([z.literal(0), z.string()], { error: typed('sizeOrZero') })
  .transform((s, ctx) => {
    if (s === 0) return 0;
    const r = size.safeParse(s);
    if (!r.success) {
      for (const i of r.error.issues) ctx.issues.push({ code: 'custom', message: i.message, input: s });
      return z.NEVER;
    }
    return r.data;
  })
  .meta({ description: 'A size with its unit (2GiB), or 0 for none.', examples: ['2GiB', 0] });

export const rate = z
  .string({ error: (i) => (i.input === undefined ? say('required') : typeof i.input === 'number' ? say('rateNumber') : say('expected', { what: 'rate' })) })
  .transform((s, ctx) => {
    if (/^\s*-/.test(s)) {
      ctx.issues.push({ code: 'custom', message: say('negativeRate'), input: s });
      return z.NEVER;
    }
    const r = parseRate(s, parseLang());
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', message: r.reason, input: s });
      return z.NEVER;
    }
    return r.value;
  })
  .meta({ description: 'A rate: 10Gb/s, 25GbE, 10G, or bytes per second such as 500MB/s.', examples: ['25Gb/s', '500MB/s'] });

/** A fraction in (0, 1]: 0.75 or "75%". */
export const ratio = z
  .union([z.number(), z.string()], { error: typed('ratio') })
  .transform((v, ctx) => {
    const r = typeof v === 'number' ? (v > 0 && v <= 1 ? { ok: true as const, value: v } : { ok: false as const, reason: say('ratioRange') }) : parseRatio(v, parseLang());
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', message: r.reason, input: v });
      return z.NEVER;
    }
    return r.value;
  })
  .meta({ description: 'A fraction in (0, 1]: 0.75 or 75%.', examples: [0.75, '85%'] });

/** A rate of change, 0 allowed, up to 1000 %: 0.1 or "10%". */
export const growthRate = z
  .union([z.number(), z.string()], { error: typed('growth') })
  .transform((v, ctx) => {
    const m = typeof v === 'string' ? /^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(v) : null;
    const n = typeof v === 'number' ? v : m ? Number((m[1] ?? '').replace(',', '.')) / (m[2] === '%' ? 100 : 1) : Number.NaN;
    if (!(n >= 0 && n <= 10)) {
      ctx.issues.push({ code: 'custom', message: say('growth'), input: v });
      return z.NEVER;
    }
    return n;
  })
  .meta({ description: 'A yearly growth: 0.1 or 10%.', examples: ['10%', 0.2] });

/** A probability in (0, 1) such as an annual failure rate: 0.0073 or "0.73%". */
export const probability = z
  .union([z.number(), z.string()], { error: typed('probability') })
  .transform((v, ctx) => {
    const m = typeof v === 'string' ? /^\s*(\d+(?:[.,]\d+)?(?:e-?\d+)?)\s*(%?)\s*$/.exec(v) : null;
    const n = typeof v === 'number' ? v : m ? Number((m[1] ?? '').replace(',', '.')) / (m[2] === '%' ? 100 : 1) : Number.NaN;
    if (!(n > 0 && n < 1)) {
      ctx.issues.push({ code: 'custom', message: say('probability'), input: v });
      return z.NEVER;
    }
    return n;
  })
  .meta({ description: 'A probability in (0, 1): 0.01 or 1%.', examples: ['1%', 0.005] });

export const count = (min: number, max = 1_000_000) =>
  z
    .number({ error: typed('count', { min, max }) })
    .int({ error: () => say('countRange', { min, max }) })
    .min(min, { error: () => say('countRange', { min, max }) })
    .max(max, { error: () => say('countRange', { min, max }) });

export const positive = (max = 1e12) =>
  z
    .number({ error: typed('positive') })
    .positive({ error: () => say('positive') })
    .max(max, { error: () => say('atMost', { max }) });

/** A price in the scenario's currency (0 allowed). */
export const money = z
  .number({ error: typed('money') })
  .min(0, { error: () => say('moneyNegative') })
  .max(1e12, { error: () => say('atMost', { max: '10^12' }) });

export const name = z
  .string({ error: typed('name') })
  .min(1, { error: () => say('empty') })
  .max(128, { error: () => say('atMost', { max: 128 }) });

/** "4+2" → { k: 4, m: 2 }. */
export const ecProfile = z
  .string({ error: typed('ec') })
  .transform((s, ctx) => {
    const m = /^\s*(\d+)\s*\+\s*(\d+)\s*$/.exec(s);
    const k = Number(m?.[1]);
    const mm = Number(m?.[2]);
    if (!m || !(k >= 2 && k <= 64) || !(mm >= 1 && mm <= 64)) {
      ctx.issues.push({ code: 'custom', message: say('ec'), input: s });
      return z.NEVER;
    }
    return { kind: 'erasure' as const, k, m: mm };
  })
  .meta({ description: 'Erasure-code profile k+m: 4+2, 8+3.', examples: ['4+2'] });

/**
 * A zvol block size: a power of 2 from 512 B to 16 MiB (proxmox/pve-storage ZFSPoolPlugin.pm,
 * verify_zfs_blocksize). ZFS's own spelling (16k, 1M: binary multiples) is accepted beside 16KiB.
 */
export const zfsBlockSize = z
  .string({ error: typed('zfsBlock') })
  .transform((s, ctx) => {
    const zfs = /^\s*(\d+)\s*([kKmM])\s*$/.exec(s);
    const bytes = zfs ? Number(zfs[1]) * ((zfs[2] ?? '').toLowerCase() === 'k' ? 1024 : 1024 * 1024) : size.safeParse(s).data;
    if (bytes === undefined || !(bytes >= 512 && bytes <= 16 * 1024 * 1024) || (bytes & (bytes - 1)) !== 0) {
      ctx.issues.push({ code: 'custom', message: say('zfsBlock'), input: s });
      return z.NEVER;
    }
    return bytes;
  })
  .meta({ description: 'A ZFS block size, power of 2 from 512B to 16MiB: 16K, 64K, 1M (binary multiples) or 16KiB.', examples: ['16K', '64KiB'] });

/** The ZFS ARC rule of a pool: pve (Proxmox VE 8.1+ installer), course (1 GB per TB), or a size (0 for none). */
export const zfsArc = z
  .union([z.literal(0), z.string()], { error: typed('zfsArc') })
  .transform((s, ctx): 'pve' | 'course' | number => {
    if (s === 'pve' || s === 'course') return s;
    const r = sizeOrZero.safeParse(s);
    if (!r.success) {
      ctx.issues.push({ code: 'custom', message: say('zfsArc'), input: s });
      return z.NEVER;
    }
    return r.data;
  })
  .meta({
    description: "pve: the Proxmox VE 8.1+ installer's zfs_arc_max, 10 % of RAM at most 16GiB (once per node); course: 1 GB per TB of the pool's disks; or a size (0 for none).",
    examples: ['pve', 'course', '8GiB'],
  });

/** A number or a text read by one of the core's parsers (its refusal kept as the message). */
const parsedBy = <T>(parse: (text: string, lang: Lang) => ParseResult<T>, what: Parameters<typeof typed>[0], params: Parameters<typeof typed>[1] = {}) =>
  z.union([z.number(), z.string()], { error: typed(what, params) }).transform((v, ctx) => {
    const r = parse(String(v), parseLang());
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', message: r.reason, input: v });
      return z.NEVER;
    }
    return r.value;
  });

/**
 * A duration: `8h`, `90min`, `3600s`, `1d` (the core's parser, the CLI's `--window`), or a number of
 * seconds. Seconds out.
 */
export const duration = parsedBy(parseDuration, 'duration').meta({ description: 'A duration: 8h, 90min, 3600s, 1d, or a number of seconds.', examples: ['8h', '90min', 28800] });

/** A stated saving from 0 to MAX_SAVINGS: 0.2 or "20%" (deduplication, as the core reads it). */
export const savings = parsedBy(parseSavings, 'savings', { max: MAX_SAVINGS }).meta({ description: `A saving from 0 to ${MAX_SAVINGS}: 0.2 or 20%.`, examples: ['20%', 0.1] });

/** A calendar day, `YYYY-MM-DD` (UTC), kept as text. */
export const calendarDate = z
  .string({ error: typed('date') })
  .refine((s) => isCalendarDate(s.trim()), { error: () => say('expected', { what: 'date' }) })
  .transform((s) => s.trim())
  .meta({ description: 'A calendar day YYYY-MM-DD (UTC).', examples: ['2026-01-01'] });
