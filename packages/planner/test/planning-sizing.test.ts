/**
 * The planning maths added to the core (packages/core/src/planning): cost, DIMM populations, ZFS,
 * growth, failure impact and CPU (durability and recovery: planning-maths.test.ts). Expected figures
 * are worked independently (a Python scratch script with the same formulas, or the source's own
 * example) and cited in each test.
 */
import { balancedPopulations, cheapestPerSize, clusterCost, costValue, cpuReservation, GiB, grownValue, memoryAfterFailure, populationFor, projectGrowth, zfsCapacity, zfsValue } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { recomputes } from './maths-helpers.js';

describe('cost', () => {
  it('5 nodes × 2 sockets × 550 EUR (Standard, 2026-04-15) × 5 years = 27,500 EUR of subscriptions', () => {
    // Standard 550 EUR per socket per year excl. VAT: aegisfleet/tool-survey-report:_reports/proxmox-ve.md
    // (third party, 2026-04-15); docs/reference-notes.md P5.
    const r = clusterCost(
      { nodes: 5, socketsPerNode: 2, hardwarePerNode: 17_210, chassis: 0, chassisPrice: 0, subscriptionPerSocketYear: 550, years: 5, escalation: 0 },
      { ramBytes: 1432 * GiB, cephBytes: 26.11e12 },
      'en',
    );
    expect(r.subscription).toBe(27_500);
    expect(r.hardware).toBe(86_050);
    expect(r.total).toBe(113_550);
    expect(r.perUsableGiB).toBeCloseTo(113_550 / 1432, 9);
    recomputes(r.derivation);
  });

  it('a yearly increase compounds: 3 years at +10 % = 3.31 years of the first price', () => {
    // 1 + 1.1 + 1.21 = 3.31 = (1.1^3 − 1) / 0.1
    const v = costValue({ nodes: 1, socketsPerNode: 1, hardwarePerNode: 0, chassis: 0, chassisPrice: 0, subscriptionPerSocketYear: 100, years: 3, escalation: 0.1 });
    expect(v.subscription).toBeCloseTo(331, 9);
  });

  it('1 socket halves the subscription of 2 sockets of the same cores (docs/reference-notes.md P5, derived)', () => {
    const two = costValue({ nodes: 5, socketsPerNode: 2, hardwarePerNode: 0, chassis: 0, chassisPrice: 0, subscriptionPerSocketYear: 550, years: 5, escalation: 0 });
    const one = costValue({ nodes: 5, socketsPerNode: 1, hardwarePerNode: 0, chassis: 0, chassisPrice: 0, subscriptionPerSocketYear: 550, years: 5, escalation: 0 });
    expect(one.subscription * 2).toBe(two.subscription);
  });
});

describe('balanced DIMM populations', () => {
  const sizes = [16, 32, 48, 64, 96, 128].map((g) => ({ sizeBytes: g * GiB, price: g }));
  it('12 channels at 1 DPC: 192/384/576/768/1152/1536 GiB per socket (docs/reference-notes.md P5, derived)', () => {
    const pops = balancedPopulations({ sockets: 1, channelsPerSocket: 12, slotsPerSocket: 24, speedsMTs: [6000, 4400], dimms: sizes });
    expect(pops.filter((p) => p.dimmsPerChannel === 1).map((p) => p.ramBytes / GiB)).toEqual([192, 384, 576, 768, 1152, 1536]);
    // 2 DPC doubles the capacity at the lower speed: 4400 / 6000 → −26.7 %.
    const two = pops.find((p) => p.dimmsPerChannel === 2 && p.dimmBytes === 128 * GiB);
    expect(two?.ramBytes).toBe(3072 * GiB);
    expect(two?.speedPenalty).toBeCloseTo(1 - 4400 / 6000, 12);
  });
  it('8 channels × 2 sockets: 128 GB per socket steps, 512 GiB = 16 × 32 GiB at 1 DPC', () => {
    const spec = { sockets: 2, channelsPerSocket: 8, slotsPerSocket: 16, speedsMTs: [4800, 4400], dimms: sizes };
    const p = populationFor(spec, 512 * GiB);
    expect(p).toMatchObject({ dimmCount: 16, dimmBytes: 32 * GiB, dimmsPerChannel: 1, speedMTs: 4800 });
    expect(populationFor(spec, 500 * GiB)).toBeUndefined();
  });
  it('the cheapest per size is kept, at the fewest DIMMs per channel on a tie', () => {
    const pops = cheapestPerSize(
      balancedPopulations({
        sockets: 1,
        channelsPerSocket: 4,
        slotsPerSocket: 8,
        speedsMTs: [3200, 2933],
        dimms: [
          { sizeBytes: 16 * GiB, price: 10 },
          { sizeBytes: 32 * GiB, price: 20 },
        ],
      }),
    );
    // 128 GiB: 4 × 32 GiB (1 DPC) or 8 × 16 GiB (2 DPC), both 80: 1 DPC kept.
    expect(pops.find((p) => p.ramBytes === 128 * GiB)?.dimmsPerChannel).toBe(1);
  });
});

describe('ZFS, growth, failure impact, CPU', () => {
  it('RAIDZ2 of 6 × 4 TB: 16 TB of data, minus the 128 GiB slop cap', () => {
    // openzfs/zfs:module/zfs/vdev_raidz.c: a 16K block = 4 data sectors + 2 parity = 6, a multiple of 3 → 4/6 of 24 TB = 16 TB;
    // openzfs/zfs:module/zfs/spa_misc.c: slop = min(128 GiB, 16 TB / 32 = 500 GB) = 128 GiB.
    const v = zfsValue({ kind: 'raidz', parity: 2, width: 6 }, 6, 4e12);
    expect(v.dataBytes).toBe(16e12);
    expect(v.usableBytes).toBe(16e12 - 128 * GiB);
    recomputes(zfsCapacity({ kind: 'raidz', parity: 2, width: 6 }, 6, 4e12, 'en').steps);
  });
  it('mirrors keep one disk per vdev; a dRAID2:8d:1s of 11 disks keeps 8 of 10 for 128K blocks, 4 of 10 for 16K', () => {
    expect(zfsValue({ kind: 'mirror', width: 2 }, 5, 1e12)).toMatchObject({ vdevs: 2, unusedDisks: 1, dataBytes: 2e12 });
    // openzfs/zfs:module/zfs/vdev_draid.c (vdev_draid_psize_to_asize): full groups of 8 + 2 sectors.
    // 128K = 32 sectors of 4K → 4 groups = 40 sectors → 10 × 1 TB × 32/40 = 8 TB; 16K = 4 sectors → 1 group → 4/10.
    expect(zfsValue({ kind: 'draid', parity: 2, data: 8, spares: 1 }, 11, 1e12, { ashift: 12, volblocksize: 131072 }).dataBytes).toBe(8e12);
    expect(zfsValue({ kind: 'draid', parity: 2, data: 8, spares: 1 }, 11, 1e12).dataBytes).toBe(4e12);
  });
  it('growth: 10 TB at 10 % a year for 3 years = 13.31 TB', () => {
    expect(grownValue(10e12, 0.1, 3)).toBeCloseTo(13.31e12, 0);
    recomputes([projectGrowth('g', 'g', 10e12, 0.1, 3, 'bytes', 'en').step]);
  });
  it('memory on the survivors: 1 TiB of guests + 4 × 14 GiB on 4 × 512 GiB = 57.81 %', () => {
    const r = memoryAfterFailure(1024 * GiB, 4, 14 * GiB, 2048 * GiB, 'en');
    expect(r.value).toBeCloseTo((1024 + 56) / 2048, 12);
    recomputes([r.step]);
  });
  it('CPU: 128 threads − 6 NVMe OSDs × 4 threads = 104 for guests', () => {
    const r = cpuReservation(128, 0, { hdd: 0, ssd: 0, nvme: 6 }, { hdd: 1, ssd: 2, nvme: 4 }, 'en');
    expect(r.guestThreads).toBe(104);
    recomputes(r.steps);
  });
});
