import { bluestore, BLUESTORE_RULES, formatBytesBoth, formatNumber, type Lang } from '@capa/core';
import { defined, OptionReader } from '../options.js';
import { badInput, type CommandOutput, emit, type OutputOptions } from '../run.js';

const L = {
  en: { title: 'capa bluestore: DB and WAL sizes', rule: 'Rule', db: 'DB', wal: 'WAL', walInDb: 'WAL (inside the DB)', shared: 'Needed on the DB device', blast: 'OSDs lost with one DB device', life: 'DB SSD life (years)' },
  fr: { title: 'capa bluestore : tailles DB et WAL', rule: 'Règle', db: 'DB', wal: 'WAL', walInDb: 'WAL (inside the DB)', shared: 'Nécessaire sur le périphérique DB', blast: 'OSD perdus avec un périphérique DB', life: 'Vie du SSD DB (années)' },
} satisfies Record<Lang, Record<string, string>>;

const FIELDS = { walDevice: '--wal-device', osdSizeBytes: '--osd-size', osdsPerDbDevice: '--osds-per-db', dbDeviceBytes: '--db-device-size', enduranceBytes: '--endurance', dbWriteBps: '--db-write', warrantyYears: '--warranty-years' };

export function bluestoreCommand(opts: Record<string, unknown>, out: OutputOptions): CommandOutput {
  const r = new OptionReader(opts, out.lang);
  const osdSizeBytes = r.require('osdSize', r.size('osdSize'));
  const rest = defined({
    rule: r.choice('rule', BLUESTORE_RULES),
    walDevice: opts['walDevice'] === true ? true : undefined,
    osdsPerDbDevice: r.count('osdsPerDb'),
    dbDeviceBytes: r.size('dbDeviceSize'),
    enduranceBytes: r.size('endurance'),
    dwpd: r.positive('dwpd'),
    warrantyYears: r.positive('warrantyYears'),
    dbWriteBps: r.rate('dbWrite'),
  });
  if (r.issues.length > 0 || osdSizeBytes === undefined) return badInput(r.issues);
  const sys = r.system ?? 'decimal';
  const lang = out.lang;
  const t = L[lang];
  const both = (b: number) => formatBytesBoth(b, sys, lang);
  return emit(bluestore({ osdSizeBytes, ...rest, system: sys, lang }), out, FIELDS, (v) => ({
    title: t.title,
    figures: [
      { label: t.rule, value: v.rule },
      { label: t.db, value: v.dbMinBytes === v.dbMaxBytes ? both(v.dbMinBytes) : `${both(v.dbMinBytes)} – ${both(v.dbMaxBytes)}` },
      { label: v.walInDb ? t.walInDb : t.wal, value: both(v.walBytes) },
      ...v.rules.map((x) => ({ label: `  ${x.rule}`, value: `${x.dbMinBytes === x.dbMaxBytes ? both(x.dbMinBytes) : `${both(x.dbMinBytes)} – ${both(x.dbMaxBytes)}`} / ${both(x.walBytes)}` })),
      ...(v.sharedDbNeedBytes === null ? [] : [{ label: t.shared, value: both(v.sharedDbNeedBytes) }]),
      ...(v.blastRadiusOsds === null ? [] : [{ label: t.blast, value: String(v.blastRadiusOsds) }]),
      ...(v.ssdLifeYears === null ? [] : [{ label: t.life, value: formatNumber(v.ssdLifeYears, lang, 1) }]),
    ],
  }));
}
