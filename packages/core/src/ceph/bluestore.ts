import { hasFailure } from '../explain/check.js';
import { validated } from '../explain/outcome.js';
import { bytes, diskBytes, lang, osdsPerHostCount, positive, rate } from '../explain/schema.js';
import * as z from 'zod/mini';
import type { SourceId } from '../explain/sources.js';
import { step } from '../explain/step.js';
import { fromInput, fromStep, MODEL, varSymbols } from '../explain/symbols.js';
import type { Check, Outcome, Step, StepUnit, SymbolOrigin } from '../explain/types.js';
import type { Echoed } from '../spec/types.js';
import { GiB } from '../units/constants.js';
import { BLUESTORE_DEFAULTS } from '../explain/defaults.js';
import { checkMaker } from '../spec/messages.js';
import { BLUESTORE_MESSAGES, BLUESTORE_STEPS } from './bluestore-messages.js';
import { BLUESTORE_SYMBOLS } from './bluestore-symbols.js';
import { ceilBytes } from '../units/rounding.js';

export const BLUESTORE_RULES = ['course', 'ceph-rbd', 'ceph-rgw', 'proxmox'] as const;
export type BluestoreRule = (typeof BLUESTORE_RULES)[number];

interface RuleDef {
  readonly dbMin: number;
  readonly dbMax: number;
  /**
   * A separate WAL partition as a fraction of the OSD, or null when the WAL lives inside the DB
   * (RocksDB then caps it at max_total_wal_size).
   */
  readonly wal: number | null;
  /** pveceph creates a WAL volume only when a WAL device is given (-wal_dev); else the WAL is in block.db. */
  readonly walOnlyOnWalDevice: boolean;
  readonly source: SourceId;
}

/** Each rule as its source states it: the course's, Ceph's two workloads, and what pveceph does. */
// biome-ignore format: a table, several short entries per line as it reads
export const RULES: Readonly<Record<BluestoreRule, RuleDef>> = {
  course: { dbMin: 0.02, dbMax: 0.05, wal: 0.01, walOnlyOnWalDevice: false, source: 'courseDbWal' },
  'ceph-rbd': { dbMin: 0.01, dbMax: 0.02, wal: null, walOnlyOnWalDevice: false, source: 'cephBluestore' },
  'ceph-rgw': { dbMin: 0.04, dbMax: 0.04, wal: null, walOnlyOnWalDevice: false, source: 'cephBluestore' },
  proxmox: { dbMin: 0.1, dbMax: 0.1, wal: 0.01, walOnlyOnWalDevice: true, source: 'proxmoxPveceph' },
};
/** RocksDB's max_total_wal_size in Ceph's default bluestore_rocksdb_options. */
export const ROCKSDB_WAL_BYTES = 1 * GiB;

export const bluestoreInput = z
  .object({
    osdSizeBytes: diskBytes,
    rule: z._default(z.enum(BLUESTORE_RULES), BLUESTORE_DEFAULTS.rule),
    /** pveceph -wal_dev: the WAL gets its own device (1 % of the OSD) instead of living in block.db. */
    walDevice: z._default(z.boolean(), BLUESTORE_DEFAULTS.walDevice),
    osdsPerDbDevice: z.optional(osdsPerHostCount()),
    dbDeviceBytes: z.optional(diskBytes),
    /** Endurance as rated bytes written (TBW), or as DWPD with the device size and warranty. */
    enduranceBytes: z.optional(bytes),
    dwpd: z.optional(positive),
    warrantyYears: z._default(positive, BLUESTORE_DEFAULTS.warrantyYears),
    /** Average write rate reaching the DB device, bits/s. */
    dbWriteBps: z.optional(rate),
    system: z._default(z.enum(['binary', 'decimal']), BLUESTORE_DEFAULTS.system),
    lang,
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.walDevice && !RULES[v.rule].walOnlyOnWalDevice)
        ctx.addIssue({
          code: 'custom',
          path: ['walDevice'],
          message: v.lang === 'fr' ? 'ne s’applique qu’à la règle proxmox (pveceph -wal_dev)' : 'applies to the proxmox rule only (pveceph -wal_dev)',
          input: v.walDevice,
        });
    }),
  );
export type BluestoreInput = z.input<typeof bluestoreInput>;

export interface BluestoreRuleSizes {
  readonly rule: BluestoreRule;
  readonly dbMinBytes: number;
  readonly dbMaxBytes: number;
  readonly walBytes: number;
  /** The WAL lives inside block.db (no WAL partition of its own): the DB device holds DB only. */
  readonly walInDb: boolean;
}

export interface BluestoreResult extends Echoed {
  readonly rule: BluestoreRule;
  readonly dbMinBytes: number;
  readonly dbMaxBytes: number;
  readonly walBytes: number;
  /** The WAL lives inside block.db: walBytes is RocksDB's cap within the DB, not a partition. */
  readonly walInDb: boolean;
  /** The same OSD under every rule, side by side. */
  readonly rules: readonly BluestoreRuleSizes[];
  readonly sharedDbNeedBytes: number | null;
  readonly blastRadiusOsds: number | null;
  readonly ssdLifeYears: number | null;
  /** Every input the computation used, defaults included (rule, warranty, unit system). */
  readonly used: {
    readonly osdSizeBytes: number;
    readonly rule: BluestoreRule;
    readonly walDevice: boolean;
    readonly osdsPerDbDevice: number | null;
    readonly dbDeviceBytes: number | null;
    readonly enduranceBytes: number | null;
    readonly dwpd: number | null;
    readonly warrantyYears: number;
    readonly dbWriteBps: number | null;
    readonly system: 'binary' | 'decimal';
  };
  readonly passes: boolean;
}

const SECONDS_PER_YEAR = 365 * 86400;

/** Whether the rule puts the WAL in a partition of its own. */
const walSeparate = (r: RuleDef, walDevice: boolean): boolean => r.wal !== null && (!r.walOnlyOnWalDevice || walDevice);

export function sizesFor(rule: BluestoreRule, osd: number, walDevice = false): BluestoreRuleSizes {
  const r = RULES[rule];
  const separate = walSeparate(r, walDevice);
  return {
    rule,
    dbMinBytes: ceilBytes(osd * r.dbMin),
    dbMaxBytes: ceilBytes(osd * r.dbMax),
    walBytes: separate && r.wal !== null ? ceilBytes(osd * r.wal) : ROCKSDB_WAL_BYTES,
    walInDb: !separate,
  };
}

/**
 * Where capa bluestore's letters come from: the inputs by spec key (the adapters mark the ones left
 * out as defaults), p from the rule chosen, RocksDB's WAL cap from the model (Ceph's default option).
 * A step's own origins (W, D and E from earlier steps) are given where it is added.
 */
const ORIGINS: Readonly<Record<string, SymbolOrigin>> = {
  S: fromInput('osdSize'),
  p: fromInput('rule'),
  W: MODEL,
  n: fromInput('osdsPerDb'),
  d: fromInput('dwpd'),
  C: fromInput('dbDeviceSize'),
  y: fromInput('warrantyYears'),
  E: fromInput('endurance'),
  w: fromInput('dbWrite'),
};

/** BlueStore DB/WAL sizes under each rule, DB-device sharing and SSD wear. */
export function bluestore(input: BluestoreInput): Outcome<BluestoreResult> {
  return validated(bluestoreInput, input, (v) => {
    const t = BLUESTORE_STEPS[v.lang];
    const check = checkMaker(BLUESTORE_MESSAGES, v.lang);
    const steps: Step[] = [];
    const checks: Check[] = [];
    const units: Record<string, StepUnit> = { S: 'bytes', W: 'bytes', D: 'bytes', C: 'bytes', E: 'bytes', n: 'count', p: 'ratio', y: 'number', d: 'number', w: 'bits/s' };
    const add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: StepUnit, source: SourceId, from: Readonly<Record<string, SymbolOrigin>> = {}) =>
      steps.push(step({ id, title, expr, vars, varUnits: units, value, unit, source, symbols: varSymbols(BLUESTORE_SYMBOLS, vars, { ...ORIGINS, ...from }) }, v.lang, v.system));
    // The shared DB device's D and W are the sizes the DB and WAL steps derive.
    const sized = { D: fromStep('bluestore.db-min'), W: fromStep('bluestore.wal') };
    const def = RULES[v.rule];
    const name = t.ruleNames[v.rule];
    const S = v.osdSizeBytes;
    const chosen = sizesFor(v.rule, S, v.walDevice);
    add('bluestore.db-min', t.stepDbMin(name), 'S * p', { S, p: def.dbMin }, S * def.dbMin, 'bytes', def.source);
    add('bluestore.db-max', t.stepDbMax(name), 'S * p', { S, p: def.dbMax }, S * def.dbMax, 'bytes', def.source);
    if (chosen.walInDb) {
      add('bluestore.wal', t.stepWal(name), 'W', { W: ROCKSDB_WAL_BYTES }, ROCKSDB_WAL_BYTES, 'bytes', 'cephRocksdbWal');
      checks.push(check('bluestore.wal', 'ok', def.walOnlyOnWalDevice ? 'bluestore.wal.in-db-pveceph' : 'bluestore.wal.in-db'));
    } else if (def.wal !== null) {
      add('bluestore.wal', t.stepWal(name), 'S * p', { S, p: def.wal }, S * def.wal, 'bytes', def.source);
      if (def.walOnlyOnWalDevice) checks.push(check('bluestore.wal', 'ok', 'bluestore.wal.device'));
    }
    if (chosen.dbMinBytes < 30e9) checks.push(check('bluestore.db-small', 'ok', 'bluestore.db-small', { dbBytes: chosen.dbMinBytes }));

    let sharedNeed: number | null = null;
    const n = v.osdsPerDbDevice;
    if (n !== undefined) {
      // The DB device holds a WAL partition only when the rule puts the WAL beside the DB on it (the
      // course); inside block.db it is already counted, and on a WAL device it is elsewhere.
      const walHere = !chosen.walInDb && !def.walOnlyOnWalDevice;
      sharedNeed = walHere ? n * (chosen.dbMinBytes + chosen.walBytes) : n * chosen.dbMinBytes;
      if (walHere) add('bluestore.shared', t.stepShared, 'n * (D + W)', { n, D: chosen.dbMinBytes, W: chosen.walBytes }, sharedNeed, 'bytes', 'derived', sized);
      else add('bluestore.shared', t.stepSharedDbOnly, 'n * D', { n, D: chosen.dbMinBytes }, sharedNeed, 'bytes', def.walOnlyOnWalDevice ? 'proxmoxPveceph' : 'cephBluestore', sized);
      if (v.dbDeviceBytes !== undefined) {
        const p = { n, needBytes: sharedNeed, deviceBytes: v.dbDeviceBytes };
        checks.push(
          sharedNeed <= v.dbDeviceBytes
            ? check('bluestore.shared-capacity', 'ok', 'bluestore.shared-capacity.ok', p)
            : check('bluestore.shared-capacity', 'fail', 'bluestore.shared-capacity.short', p),
        );
      }
      checks.push(n > 6 ? check('bluestore.blast-radius', 'warn', 'bluestore.blast-radius.large', { n }) : check('bluestore.blast-radius', 'ok', 'bluestore.blast-radius', { n }));
    }

    let life: number | null = null;
    let endurance = v.enduranceBytes;
    // E is the input when typed, else the rated bytes the TBW step derives from the DWPD.
    const enduranceFrom = v.enduranceBytes === undefined ? { E: fromStep('bluestore.tbw') } : {};
    if (endurance === undefined && v.dwpd !== undefined && v.dbDeviceBytes !== undefined) {
      endurance = v.dwpd * v.dbDeviceBytes * 365 * v.warrantyYears;
      add('bluestore.tbw', t.stepTbw, 'd * C * 365 * y', { d: v.dwpd, C: v.dbDeviceBytes, y: v.warrantyYears }, endurance, 'bytes', 'ssdEndurance');
    }
    if (endurance !== undefined && v.dbWriteBps !== undefined) {
      life = endurance / ((v.dbWriteBps / 8) * SECONDS_PER_YEAR);
      add('bluestore.life', t.stepLife, 'E / (w / 8 * 31536000)', { E: endurance, w: v.dbWriteBps }, life, 'number', 'ssdEndurance', enduranceFrom);
      checks.push(
        life < v.warrantyYears
          ? check('bluestore.ssd-wear', 'warn', 'bluestore.ssd-wear.short', { years: life, warrantyYears: v.warrantyYears })
          : check('bluestore.ssd-wear', 'ok', 'bluestore.ssd-wear.ok', { years: life }),
      );
    }
    return {
      rule: v.rule,
      dbMinBytes: chosen.dbMinBytes,
      dbMaxBytes: chosen.dbMaxBytes,
      walBytes: chosen.walBytes,
      walInDb: chosen.walInDb,
      rules: BLUESTORE_RULES.map((r) => sizesFor(r, S, r === v.rule && v.walDevice)),
      sharedDbNeedBytes: sharedNeed,
      blastRadiusOsds: n ?? null,
      ssdLifeYears: life,
      used: {
        osdSizeBytes: v.osdSizeBytes,
        rule: v.rule,
        walDevice: v.walDevice,
        osdsPerDbDevice: v.osdsPerDbDevice ?? null,
        dbDeviceBytes: v.dbDeviceBytes ?? null,
        enduranceBytes: v.enduranceBytes ?? null,
        dwpd: v.dwpd ?? null,
        warrantyYears: v.warrantyYears,
        dbWriteBps: v.dbWriteBps ?? null,
        system: v.system,
      },
      passes: !hasFailure(checks),
      checks,
      derivation: steps,
    };
  });
}
