/**
 * Captures the share links of a release and what its pages computed for them (README.md here says
 * how it is run). It only uses what both the release and the redesigned app export: PAGES, the URL
 * reader/writer and the inventory engine, so the same file runs on either side.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PAGES } from '../../src/calc/pages';
import { ENGINE } from '../../src/inventory/engine';
import type { PageState } from '../../src/state/fields';
import type { PageOutcome } from '../../src/state/page';
import { readLocation, writeLocation } from '../../src/state/url-state';

/** Hand-made links: every field of a page set to a non-default value, per question/protection. */
const HAND_MADE: readonly { readonly name: string; readonly url: string; readonly inventory?: string }[] = [
  {
    name: 'memory-all-usable',
    url: '#/memory?nodes=4&nodeRam=512GiB,512GiB,256GiB,256GiB&guestRam=600GiB&failures=1&qdevice=1&maxUtilization=80%25&hostReserve=2GiB&osdsPerNode=2&osdMemory=5GiB&osdSize=8TB&zfsArc=16GiB&ksm=5%25&vcpus=128&threadsPerNode=64&maxOvercommit=3&lang=fr&teach=1',
  },
  {
    name: 'memory-all-required',
    url: '#/memory?dir=required&nodes=5&guestRam=1.2TB&failures=2&maxUtilization=0.7&hostReserve=4GiB&osdsPerNode=4&osdMemory=4GiB&osdSize=4TB&zfsArc=8GiB&vcpus=200&threadsPerNode=96&maxOvercommit=4&purchasable=256GiB,384GiB,512GiB,768GiB',
  },
  { name: 'memory-two-nodes-qdevice', url: '#/memory?nodes=2&nodeRam=128GiB&qdevice=1' },
  {
    name: 'ceph-all-replicated',
    url: '#/ceph?nodes=6&osdsPerNode=4&osdSize=7.68TB&replicas=3&nearfull=0.8&backfillfull=88%25&full=0.93&stored=30TB&linkSpeed=25GbE&links=2&bondMode=lacp&hash=layer2%2B3&osdWrite=300MB/s&markOut=300&teach=1',
  },
  { name: 'ceph-all-erasure', url: '#/ceph?nodes=8&osdsPerNode=6&osdSize=16TB&protection=erasure&ec=4+2&stored=100TB&linkSpeed=10Gb/s&links=4&bondMode=balance-alb&osdWrite=150MB/s&lang=fr' },
  { name: 'ceph-target-erasure', url: '#/ceph?mode=target&nodes=6&data=300TB&diskSize=20TB&protection=erasure&ec=3+2&nearfull=0.85' },
  {
    name: 'failure-all',
    url: '#/failure?nodes=5&osdsPerNode=4&osdSize=10TB&replicas=3&stored=25TB&linkSpeed=10G&links=2&bondMode=active-backup&hash=layer3%2B4&osdWrite=250MB/s&markOut=900&nearfull=0.8&backfillfull=0.85&full=0.9',
  },
  { name: 'failure-erasure-fr', url: '#/failure?nodes=6&osdsPerNode=2&osdSize=8TB&protection=erasure&ec=4+1&stored=10TB&linkSpeed=25Gb/s&lang=fr' },
  { name: 'bluestore-all-proxmox', url: '#/bluestore?osdSize=12TB&rule=proxmox&walDevice=1&osdsPerDb=6&dbDeviceSize=3.2TB&endurance=17500TB&dwpd=3&warrantyYears=5&dbWrite=60MB/s' },
  { name: 'bluestore-ceph-fr', url: '#/bluestore?osdSize=8TB&rule=ceph-rbd&osdsPerDb=3&dbDeviceSize=960GB&lang=fr' },
  {
    name: 'pg-all-legacy',
    url: '#/pg?osds=30&osdSize=8TB&method=pgcalc&targetPerOsd=200&threshold=2&maxPgPerOsd=300&pool=rbd:size=3:ratio=0.8:current=256:min=32:max=2048:bias=1&pool=archive:ec=6+3:target=40TB:bulk',
  },
  {
    name: 'pg-all-autoscaler',
    url: '#/pg?osds=24&osdSize=4TB&targetPerOsd=100&pool=vm:size=3:ratio=0.6:stored=2TiB:current=128&pool=meta:size=3:bias=4:min=16&pool=bak:ec=4+2:target=10TB:bulk&lang=fr',
  },
  { name: 'bond-all', url: '#/bond?links=4&speed=25GbE&mode=balance-xor&hash=layer3%2B4&flows=16&peers=6&down=2' },
  { name: 'bond-lacp-fr', url: '#/bond?links=2&speed=10G&mode=lacp&hash=layer2%2B3&flows=4&peers=2&lang=fr' },
  { name: 'quorum-all', url: '#/quorum?nodes=2&qdevice=1&sharedStorage=0&mons=2&lang=fr&teach=1' },
  { name: 'quorum-even', url: '#/quorum?nodes=4&mons=5' },
  { name: 'inventory-lab-none', url: '#/inventory', inventory: 'lab-inventory.json' },
  {
    name: 'inventory-lab-all',
    url: '#/inventory?grow=30%25&addNode=ram=512GiB,threads=64,osds=4x7.68TB;count=2,ram=256GiB,threads=32&removeNode=pve3&failures=1&maxUtilization=80%25&hostReserve=2GiB&osdMemory=5GiB&zfsArc=4GiB&maxOvercommit=3&guestSize=16GiB&guestVcpus=8&nearfull=0.8&backfillfull=0.88',
    inventory: 'lab-inventory.json',
  },
  { name: 'inventory-lab-fr', url: '#/inventory?failures=2&grow=0.5&lang=fr', inventory: 'lab-inventory.json' },
  { name: 'inventory-sandbox', url: '#/inventory?grow=10%25', inventory: 'sandbox-inventory.json' },
  { name: 'inventory-mixed', url: '#/inventory?removeNode=pve1&failures=1', inventory: 'mixed-hosts-inventory.json' },
];

export interface SavedLink {
  readonly name: string;
  readonly url: string;
  readonly inventory?: string;
  readonly ok: boolean;
  readonly figures: readonly { readonly id: string; readonly label: string; readonly value: string }[];
  readonly checks: readonly { readonly id: string; readonly level: string }[];
  readonly issues: readonly string[];
}

/** Opens a link as the app does: read the hash, then compute in the link's language (else English). */
export function openLink(url: string, inventoryDir: string, inventory?: string): { problems: readonly unknown[]; outcome: PageOutcome } {
  const loc = readLocation(url, PAGES);
  const lang = loc.view.lang ?? 'en';
  const page = loc.route === null ? undefined : PAGES[loc.route];
  if (page === undefined) throw new Error(`no page for ${url}`);
  const state: PageState = loc.state;
  if (inventory === undefined) return { problems: loc.problems, outcome: page.compute(state, lang) };
  const read = ENGINE.readInventories([{ name: inventory, text: readFileSync(`${inventoryDir}/${inventory}`, 'utf8') }], 'en');
  if (!read.ok) throw new Error(read.message);
  return { problems: loc.problems, outcome: ENGINE.compute(state, lang, read.inventory) };
}

export function summarise(outcome: PageOutcome): Pick<SavedLink, 'ok' | 'figures' | 'checks' | 'issues'> {
  if (!outcome.ok) return { ok: false, figures: [], checks: [], issues: outcome.issues.map((i) => `${i.key}: ${i.message}`) };
  return { ok: true, figures: outcome.figures.map(({ id, label, value }) => ({ id, label, value })), checks: outcome.checks.map(({ id, level }) => ({ id, level })), issues: [] };
}

function capture(inventoryDir: string): SavedLink[] {
  const links: { name: string; url: string; inventory?: string }[] = [];
  for (const page of Object.values(PAGES)) {
    // The link the page writes when opened blank (its first preset) and for each preset, in both languages.
    links.push({ name: `${page.route}-blank`, url: `#/${page.route}` });
    for (const preset of page.presets) {
      const state = { values: preset.values, rows: preset.rows ?? [] };
      links.push({ name: `${page.route}-${preset.id}`, url: writeLocation(page, state, { teach: false }) });
      links.push({ name: `${page.route}-${preset.id}-fr`, url: writeLocation(page, state, { lang: 'fr', teach: true }) });
    }
  }
  links.push(...HAND_MADE);
  return links.map((l) => {
    const { problems, outcome } = openLink(l.url, inventoryDir, l.inventory);
    if (problems.length > 0) throw new Error(`${l.name}: ${JSON.stringify(problems)}`);
    return { ...l, ...summarise(outcome) };
  });
}

// Run by the capture command only (README.md); a test importing openLink never writes.
const out = process.env['CAPA_CAPTURE_OUT'];
if (out !== undefined && out !== '') writeFileSync(out, `${JSON.stringify(capture(join(dirname(out), 'inventories')), null, 1)}\n`);
