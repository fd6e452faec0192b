/**
 * ZFS usable capacity follows OpenZFS's allocation, not (N − P) ÷ N: a block of volblocksize takes
 * its data sectors, p parity sectors per row of (width − p) data sectors, and padding up to a multiple
 * of p + 1 sectors (RAIDZ), or whole groups of d + p sectors (dRAID).
 * Sources: openzfs/zfs:module/zfs/vdev_raidz.c (vdev_raidz_psize_to_asize),
 * openzfs/zfs:module/zfs/vdev_draid.c (vdev_draid_psize_to_asize).
 */
import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { draidAllocatedSectors, raidzAllocatedSectors, ZFS_DEFAULT_BLOCK, zfsCapacity, zfsValue } from '../src/index.js';

const block = (volblocksize: number, ashift = 12) => ({ ashift, volblocksize });

describe('RAIDZ allocation (openzfs/zfs:module/zfs/vdev_raidz.c, vdev_raidz_psize_to_asize)', () => {
  it('defaults: ashift 12, volblocksize 16K', () => {
    // openzfs/zfs:include/sys/fs/zfs.h ZVOL_DEFAULT_BLOCKSIZE 16384 (OpenZFS 2.2+, Proxmox VE 8.1+).
    expect(ZFS_DEFAULT_BLOCK).toEqual({ ashift: 12, volblocksize: 16384 });
  });

  it('hand-computed sectors for a 16K block on 4K sectors (4 data sectors)', () => {
    // asize = d + p·⌈d/(w − p)⌉, rounded up to a multiple of p + 1 (vdev_raidz.c):
    // RAIDZ1 ×4: 4 + 1·⌈4/3⌉ = 6, multiple of 2 → 6 (efficiency 4/6, not 3/4).
    expect(raidzAllocatedSectors(4, 4, 1)).toBe(6);
    // RAIDZ1 ×3: 4 + ⌈4/2⌉ = 6 → 6 (4/6 = 2/3, as (N − P)/N).
    expect(raidzAllocatedSectors(4, 3, 1)).toBe(6);
    // RAIDZ2 ×6: 4 + 2·⌈4/4⌉ = 6, multiple of 3 → 6 (4/6, as (N − P)/N).
    expect(raidzAllocatedSectors(4, 6, 2)).toBe(6);
    // RAIDZ2 ×8: 4 + 2·⌈4/6⌉ = 6 → 6 (4/6, not 6/8).
    expect(raidzAllocatedSectors(4, 8, 2)).toBe(6);
    // RAIDZ1 ×5: 4 + ⌈4/4⌉ = 5 → padded to 6 (4/6, not 4/5).
    expect(raidzAllocatedSectors(4, 5, 1)).toBe(6);
    // RAIDZ3 ×8: 4 + 3·⌈4/5⌉ = 7 → padded to 8 (4/8 = 50 %, not 5/8).
    expect(raidzAllocatedSectors(4, 8, 3)).toBe(8);
  });

  it("the OpenZFS docs' worked examples: RAIDZ1 of 3 disks, ashift 12: 4K → 50 %, 128K → 66 %", () => {
    // https://openzfs.github.io/openzfs-docs/Basic%20Concepts/RAIDZ.html ("Space efficiency"):
    // recordsize 4K: one data block + one padding block → 50 %; 128K: 64 stripes of 8K data + 4K parity → 66 %.
    const r4 = zfsValue({ kind: 'raidz', parity: 1, width: 3 }, 3, 1e12, block(4096));
    expect(r4.dataSectors / r4.allocatedSectors).toBe(0.5);
    const r128 = zfsValue({ kind: 'raidz', parity: 1, width: 3 }, 3, 1e12, block(131072));
    expect([r128.dataSectors, r128.allocatedSectors]).toEqual([32, 48]);
  });

  it('RAIDZ1 of 4 × 4 TB, 16K: 16 TB × 4/6 = 10.67 TB before slop (not 12 TB)', () => {
    // vdev_raidz.c as above: 6 sectors for 4 of data; spa_misc.c: slop = min(128 GiB, D/32).
    const v = zfsValue({ kind: 'raidz', parity: 1, width: 4 }, 4, 4e12);
    expect(v.dataBytes).toBeCloseTo((16e12 * 4) / 6, 0);
    expect(v.usableBytes).toBeCloseTo((16e12 * 4) / 6 - 128 * 2 ** 30, 0);
  });

  it('larger blocks and smaller sectors approach (N − P) ÷ N: RAIDZ1 ×4, 128K on ashift 9 → 256/342', () => {
    // 128K ÷ 512 B = 256 data sectors; 256 + ⌈256/3⌉ = 342, a multiple of 2 → 342.
    const v = zfsValue({ kind: 'raidz', parity: 1, width: 4 }, 4, 1e12, block(131072, 9));
    expect([v.dataSectors, v.allocatedSectors]).toEqual([256, 342]);
  });

  it('dRAID pads to full groups (openzfs/zfs:module/zfs/vdev_draid.c, vdev_draid_psize_to_asize)', () => {
    // dRAID1:4d: 16K = 4 sectors = one group of 4 + 1 → 4/5; dRAID2:8d: one group of 10 for 4 sectors → 4/10.
    expect(draidAllocatedSectors(4, 4, 1)).toBe(5);
    expect(draidAllocatedSectors(4, 8, 2)).toBe(10);
    expect(draidAllocatedSectors(32, 8, 2)).toBe(40);
  });

  it('each derivation step recomputes with mathjs', () => {
    for (const layout of [
      { kind: 'raidz', parity: 2, width: 8 },
      { kind: 'draid', parity: 2, data: 8, spares: 1 },
      { kind: 'mirror', width: 2 },
    ] as const) {
      for (const s of zfsCapacity(layout, 11, 4e12, 'fr').steps) {
        const got = Number(evaluate(s.expr, { ...s.vars }));
        expect(Math.abs(got - s.value)).toBeLessThanOrEqual(Math.max(1e-6, Math.abs(s.value) * 1e-12));
      }
    }
  });
});
