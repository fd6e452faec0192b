import { z } from 'zod';
import { bytes, count, fraction, lang, positive, rate, sizeSystem } from '../explain/schema.js';
import { BOND_MODES, HASH_POLICIES } from '../network/bond.js';
import { protection } from './protection.js';

/** Ceph's fill ratios, evaluated per OSD (global.yaml.in defaults). */
export const fillRatios = {
  nearfull: fraction.default(0.85),
  backfillfull: fraction.default(0.9),
  full: fraction.default(0.95),
};

/** What the survivors can push while re-creating a host's data. */
export const recoveryLinks = z.object({
  links: count(1).default(2),
  speedBps: rate,
  mode: z.enum(BOND_MODES).default('lacp'),
  hash: z.enum(HASH_POLICIES).default('layer3+4'),
  /** Sustained write rate of one OSD during backfill, bits/s; network-only bound when absent. */
  osdWriteBps: rate.optional(),
  /** mon_osd_down_out_interval: 600 s before a down OSD is marked out and recovery starts. */
  markOutSeconds: z.number().min(0, 'must be 0 or more').max(1e9).default(600),
});

export const cephCapacityInput = z.object({
  hosts: count(1),
  osdsPerHost: count(1),
  osdSizeBytes: bytes,
  protection,
  ...fillRatios,
  /** Logical data stored (ceph df STORED, before replication). */
  storedBytes: bytes.optional(),
  recovery: recoveryLinks.optional(),
  system: sizeSystem,
  lang,
});
export type CephCapacityInput = z.input<typeof cephCapacityInput>;

export const cephDataTargetInput = z.object({
  hosts: count(1),
  dataBytes: bytes,
  protection,
  diskSizeBytes: bytes.optional(),
  ...fillRatios,
  /** The course's margin over the replicated data: 1.1. */
  margin: positive.default(1.1),
  system: sizeSystem,
  lang,
});
export type CephDataTargetInput = z.input<typeof cephDataTargetInput>;
