/** The procurement catalogue: platforms, blade chassis, DIMMs, disks, NICs and dated subscription tables. */
import * as z from 'zod';
import { DISK_CLASS } from '../scenario/schema.js';
import { expected } from '../scenario/value-messages.js';
import { count, money, name, probability, rate, size } from '../scenario/values.js';
import { sayCatalogue } from './catalogue-messages.js';

// Error functions, not strings: zod calls them while it parses, in the language of that parse (inLang).
const id = z.string({ error: expected('id') }).regex(/^[A-Za-z0-9._-]+$/, { error: () => sayCatalogue('idFormat') });

const platform = z.strictObject({
  id,
  name,
  kind: z.enum(['rack', 'blade'], { error: expected('platformKind') }),
  chassis: id.optional(),
  available: z.boolean().default(true),
  sockets: z.array(count(1, 8)).min(1),
  memory: z.strictObject({
    type: z.string().min(1),
    channelsPerSocket: count(1, 32),
    slotsPerSocket: count(1, 64),
    speeds: z.array(count(1, 100_000)).min(1).meta({ description: 'MT/s at 1, 2, … DIMMs per channel.' }),
  }),
  cpus: z.array(z.strictObject({ id, name, cores: count(1, 1024), threadsPerCore: count(1, 8).default(2), price: money })).min(1),
  driveBays: count(0, 1000),
  diskClasses: z.array(DISK_CLASS).min(1).default(['hdd', 'ssd', 'nvme']),
  nicPorts: count(1, 64),
  nicSpeeds: z.array(rate).min(1),
  basePrice: money,
});

const file = z.strictObject({
  date: z
    .union([z.string(), z.date()])
    .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
    .optional(),
  currency: z.string().min(1).max(8).optional(),
  source: z.string().optional(),
  platforms: z.array(platform).optional(),
  chassis: z.array(z.strictObject({ id, name, bays: count(1, 1000), price: money })).optional(),
  dimms: z.array(z.strictObject({ type: z.string().min(1), size, price: money })).optional(),
  disks: z.array(z.strictObject({ id, name, class: DISK_CLASS, size, price: money, recoveryRate: rate.optional(), afr: probability.optional() })).optional(),
  nics: z.array(z.strictObject({ speed: rate, ports: count(1, 16), price: money })).optional(),
  subscriptions: z
    .array(
      z.strictObject({
        id,
        date: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 7) : d)),
        /** The citation: a document, a repository path, a URL (no prose: the note around it is `provenance`). */
        source: z.string().min(1),
        /** Whose list it is; plans say it in their language around the source. */
        provenance: z.enum(['proxmox', 'third-party'], { error: expected('provenance') }).optional(),
        currency: z.string().min(1).max(8),
        /** Whether the prices include VAT: Proxmox lists net prices ("VAT will be added, if applicable"). */
        vat: z.enum(['excluded', 'included'], { error: expected('vat') }).optional(),
        perSocketYear: z.strictObject({ community: money, basic: money, standard: money, premium: money }),
      }),
    )
    .optional(),
});

export const catalogueFileSchema = file;
export type CatalogueFile = z.output<typeof file>;
export type Platform = z.output<typeof platform>;

export interface Catalogue {
  /** The files read, with their date and currency. */
  readonly files: readonly { readonly name: string; readonly date?: string | undefined; readonly currency?: string | undefined }[];
  readonly currency: string;
  readonly platforms: readonly Platform[];
  readonly chassis: readonly NonNullable<CatalogueFile['chassis']>[number][];
  readonly dimms: readonly NonNullable<CatalogueFile['dimms']>[number][];
  readonly disks: readonly NonNullable<CatalogueFile['disks']>[number][];
  readonly nics: readonly NonNullable<CatalogueFile['nics']>[number][];
  readonly subscriptions: readonly NonNullable<CatalogueFile['subscriptions']>[number][];
}

export type CatalogueDisk = Catalogue['disks'][number];
export type SubscriptionTable = Catalogue['subscriptions'][number];

/** The newest dated table (YYYY or YYYY-MM dates; undated ones last). */
export function newestSubscriptionTable(c: Catalogue): SubscriptionTable | undefined {
  const dated = c.subscriptions.filter((s) => /^\d{4}(-\d{2})?/.test(s.date));
  return [...dated].sort((a, b) => b.date.localeCompare(a.date))[0] ?? c.subscriptions[0];
}
