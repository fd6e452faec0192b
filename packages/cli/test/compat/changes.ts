/**
 * Documented changes since the release the saved command lines come from: a different exit code,
 * or numbers under a path prefix that now differ. Each names the doc that announces it.
 */
export interface Change {
  readonly exit?: number;
  /** Path prefixes (as shape.ts addresses them) whose numbers changed on purpose. */
  readonly numbers?: readonly string[];
  /** Key paths the release printed that are gone on purpose (each must really be gone). */
  readonly keys?: readonly string[];
  readonly why: string;
}

/** Wall-clock figures are never compared. */
export const NOT_FIGURES: readonly string[] = ['.elapsedMs'];

// docs/planner-ceph.md#placement-simulated-crush (issue 9): these examples pass on the average model and
// fail on the simulated fullest OSD after a host loss.
const SIMULATED_FAIL = 'docs/planner-ceph.md#placement-simulated-crush: passes on the average model, fails on the fullest OSD after a host loss (CRUSH simulated)';
const FAILS_NOW: Change = { exit: 1, why: SIMULATED_FAIL };

// docs/README.md#derivation-symbols (issue 12 item 6): one letter, one meaning in capa ceph's derivation;
// the recovery rates became V, Y and y, and without --stored the simulation divides U (usable), not D.
const LETTERS = 'docs/README.md#derivation-symbols: one letter, one meaning in the derivation (letters renamed, listed there)';
const NO_D: Change = { keys: ['.derivation[].vars.D'], why: LETTERS };
const NO_O: Change = { keys: ['.derivation[].vars.o'], why: LETTERS };
// capa analyze: the Ceph raw capacity R → C (R is the memory rule's host reservation), the simulated
// fullest OSD O → Y and after the worst loss H → J (O and H are the memory rule's OSD memory and system reserve).
const INVENTORY_RO: Change = { keys: ['.derivation[].vars.O', '.derivation[].vars.R'], why: LETTERS };
const INVENTORY_HRO: Change = { keys: ['.derivation[].vars.H', '.derivation[].vars.O', '.derivation[].vars.R'], why: LETTERS };
// capa plan's CPU reservation: the node's threads P → T (cpu.overcommit's P, beside it, is the guests' threads).
const NO_P: Change = { keys: ['.areas[].derivation[].vars.P'], why: LETTERS };
// capa memory: the size to buy became B (P is a node's threads in the vCPU:pCPU step).
const NO_P_MEMORY: Change = { keys: ['.derivation[].vars.P'], why: LETTERS };
// capa plan's memory area shows the same size to buy (memory.recommended) when workloads.guestRam is stated.
const NO_P_PLAN_MEMORY: Change = { keys: ['.areas[].derivation[].vars.P'], why: LETTERS };

// biome-ignore format: a table, several short entries per line as it reads
export const CHANGED: Readonly<Record<string, Change>> = {
  'ceph-course': NO_D,
  'ceph-ec': NO_D,
  'ceph-host-osds': NO_D,
  'ceph-recovery': NO_O,
  'ceph-all-options-8023ad': NO_O,
  'analyze-merged': INVENTORY_RO,
  'inventory-sandbox-inventory': INVENTORY_RO,
  'inventory-mixed-hosts-inventory': INVENTORY_HRO,
  'memory-required': NO_P_MEMORY,
  'memory-french-units': NO_P_MEMORY,
  'scenario-course-700gb-5-nodes': NO_P_PLAN_MEMORY,
  'plan-example-json': FAILS_NOW,
  'plan-html': FAILS_NOW,
  'scenario-course-3-nodes-512gib': NO_P,
  'scenario-course-5-nodes-256gib': NO_P,
  'scenario-course-200tb-12-disks': FAILS_NOW,
  'scenario-field-mx7000-mx740c': FAILS_NOW,
  'scenario-procurement-1s-epyc': FAILS_NOW,
  'scenario-procurement-2s-xeon6': FAILS_NOW,
  'compare-json': {
    exit: 1,
    // Option C gains a warning: the simulated fullest OSD after a host loss sits between nearfull and backfillfull.
    numbers: ['.options[name=8 × MX760c blades in an MX7000, 256 GiB, 4 × 3.84 TB NVMe].warnings'],
    why: `${SIMULATED_FAIL}; capa compare on the three procurement files now recommends C; docs/planner.md: compare exits 1 when an option fails a check`,
  },
  'compare-md-fr': { exit: 1, why: `${SIMULATED_FAIL}; both options now fail` },
  optimize: {
    numbers: ['.runnersUp[1]', '.candidatesEvaluated', '.failedOn'],
    why: 'docs/planner.md#capa-optimize: the fast path bounds the CRUSH simulation (I/O blocked, MON quorum) and winners are re-checked by simulation; the best is unchanged, the second runner-up and the counts moved',
  },
};
