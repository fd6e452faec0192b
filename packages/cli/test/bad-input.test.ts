/**
 * Exit codes: 0 without a failed check, 1 with one (JSON still printed), 2 on bad input with nothing
 * on stdout and a stderr that names the option (`--option`) and its value, without a stack trace and
 * without NaN/Infinity. Also: extreme but well-formed values give finite output or exit 2, never
 * Infinity/NaN.
 */
import { describe, expect, it } from 'vitest';
import { type CliResult, expectBadInput, expectChecks, NON_FINITE, numbersIn, runCli, STACK_FRAME, type WithChecks } from './run-cli.js';

const TWO_53 = '9007199254740992'; // 2^53, the largest count Capa accepts (core explain/schema.ts)
const ABOVE_2_53 = '9007199254740993';
/** 5e-324, the smallest positive double, written as a plain decimal (the ratio/positive grammars take no exponent). */
const TINY = `0.${'0'.repeat(323)}5`;

const MEM = ['memory', '--nodes', '3', '--node-ram', '512GiB'];
const CEPH = ['ceph', '--nodes', '5', '--osds-per-node', '4', '--osd-size', '4TB'];
const BOND = ['bond', '--links', '2', '--speed', '10Gb/s'];
const PG = ['pg', '--osds', '12'];

interface BadCase {
  readonly name: string;
  readonly args: readonly string[];
  /** The option stderr must name, as typed. */
  readonly option: string;
  /** The bad value stderr must quote; absent when the problem is a missing option. */
  readonly value?: string;
}

const BAD: readonly BadCase[] = [
  // counts
  { name: 'non-numeric count', args: ['memory', '--nodes', 'abc', '--node-ram', '512GiB'], option: '--nodes', value: 'abc' },
  { name: 'fractional count', args: ['quorum', '--nodes', '2.5'], option: '--nodes', value: '2.5' },
  { name: '0 nodes (memory)', args: ['memory', '--nodes', '0', '--node-ram', '512GiB'], option: '--nodes', value: '0' },
  { name: '0 nodes (ceph)', args: ['ceph', '--nodes', '0', '--osds-per-node', '1', '--osd-size', '1TB'], option: '--nodes', value: '0' },
  { name: 'negative count', args: [...CEPH, '--replicas', '-3'], option: '--replicas', value: '-3' },
  { name: 'count above 2^53', args: ['memory', '--nodes', ABOVE_2_53, '--node-ram', '512GiB'], option: '--nodes', value: ABOVE_2_53 },
  { name: 'count far above 2^53', args: ['pg', '--osds', '99999999999999999999', '--pool', 'rbd'], option: '--osds', value: '99999999999999999999' },
  // sizes
  { name: 'negative size', args: ['memory', '--nodes', '3', '--node-ram', '-5GiB'], option: '--node-ram', value: '-5GiB' },
  { name: 'zero size', args: ['memory', '--nodes', '3', '--node-ram', '0GiB'], option: '--node-ram', value: '0GiB' },
  { name: 'zero OSD size', args: ['ceph', '--nodes', '5', '--osds-per-node', '1', '--osd-size', '0TB'], option: '--osd-size', value: '0TB' },
  { name: 'unknown size unit', args: ['memory', '--nodes', '3', '--node-ram', '5XB'], option: '--node-ram', value: '5XB' },
  { name: 'size without a unit', args: ['ceph', '--nodes', '5', '--data', '200'], option: '--data', value: '200' },
  { name: 'bits where bytes are expected (Tb)', args: ['bluestore', '--osd-size', '16Tb'], option: '--osd-size', value: '16Tb' },
  { name: 'bits where bytes are expected (Gb)', args: ['memory', '--nodes', '5', '--guest-ram', '700Gb'], option: '--guest-ram', value: '700Gb' },
  { name: 'size above 8 EiB', args: ['ceph', '--nodes', '5', '--osds-per-node', '1', '--osd-size', '9EiB'], option: '--osd-size', value: '9EiB' },
  { name: 'size above 8 EiB by exponent', args: ['ceph', '--nodes', '5', '--data', '1e30TB'], option: '--data', value: '1e30TB' },
  // memory rules
  { name: '--failures = --nodes', args: [...MEM, '--failures', '3'], option: '--failures', value: '3' },
  { name: '--failures > --nodes (guest RAM)', args: ['memory', '--nodes', '5', '--guest-ram', '700GB', '--failures', '6'], option: '--failures', value: '6' },
  { name: '--max-utilization 0', args: [...MEM, '--max-utilization', '0'], option: '--max-utilization', value: '0' },
  { name: '--max-utilization 1.5', args: [...MEM, '--max-utilization', '1.5'], option: '--max-utilization', value: '1.5' },
  { name: '--max-utilization abc', args: [...MEM, '--max-utilization', 'abc'], option: '--max-utilization', value: 'abc' },
  { name: '--ksm 1 (KSM cannot save everything)', args: [...MEM, '--ksm', '1'], option: '--ksm', value: '1' },
  { name: '--nodes disagreeing with a --node-ram list', args: ['memory', '--nodes', '4', '--node-ram', '512GiB,256GiB,256GiB'], option: '--nodes', value: '4' },
  // protection
  { name: '--ec 1+1 (k < 2)', args: [...CEPH, '--ec', '1+1'], option: '--ec', value: '1+1' },
  { name: '--ec 4-2 (not K+M)', args: [...CEPH, '--ec', '4-2'], option: '--ec', value: '4-2' },
  { name: '--ec and --replicas together', args: [...CEPH, '--ec', '4+2', '--replicas', '3'], option: '--ec', value: '4+2' },
  { name: '--replicas 33', args: [...CEPH, '--replicas', '33'], option: '--replicas', value: '33' },
  { name: 'recovery option without --link-speed', args: [...CEPH, '--links', '2'], option: '--links', value: '2' },
  // bonds
  { name: '--links 0', args: ['bond', '--links', '0', '--speed', '10Gb/s'], option: '--links', value: '0' },
  { name: '--down > --links', args: [...BOND, '--down', '3'], option: '--down', value: '3' },
  { name: '--speed fast', args: ['bond', '--links', '2', '--speed', 'fast'], option: '--speed', value: 'fast' },
  { name: '--speed 0Gb/s', args: ['bond', '--links', '2', '--speed', '0Gb/s'], option: '--speed', value: '0Gb/s' },
  { name: '--mode unknown', args: [...BOND, '--mode', 'round-robin'], option: '--mode', value: 'round-robin' },
  // pools
  { name: 'pool spec with an unknown key', args: [...PG, '--pool', 'rbd:foo=1'], option: '--pool', value: 'rbd:foo=1' },
  { name: 'pool spec with ratio=-1', args: [...PG, '--pool', 'rbd:ratio=-1'], option: '--pool', value: 'rbd:ratio=-1' },
  { name: 'pool spec without a name', args: [...PG, '--pool', ':ratio=1'], option: '--pool', value: ':ratio=1' },
  { name: 'pool spec with size= and ec=', args: [...PG, '--pool', 'rbd:size=3:ec=4+2'], option: '--pool', value: 'rbd:size=3:ec=4+2' },
  { name: 'the same pool twice', args: [...PG, '--pool', 'rbd:ratio=1', '--pool', 'rbd:ratio=1'], option: '--pool', value: 'rbd' },
  { name: 'pool bytes without --osd-size', args: [...PG, '--pool', 'rbd:target=1TiB'], option: '--osd-size' },
  { name: '--method unknown', args: [...PG, '--pool', 'rbd', '--method', 'magic'], option: '--method', value: 'magic' },
  // language, commander-level errors, missing options
  { name: '--lang de', args: [...MEM, '--lang', 'de'], option: '--lang', value: 'de' },
  { name: 'unknown option', args: [...MEM, '--bogus'], option: '--bogus' },
  { name: 'option without its argument', args: ['memory', '--node-ram', '512GiB', '--nodes'], option: '--nodes' },
  { name: 'missing --osd-size (ceph)', args: ['ceph', '--nodes', '5', '--osds-per-node', '1'], option: '--osd-size' },
  { name: 'missing --speed (bond)', args: ['bond', '--links', '2'], option: '--speed' },
  { name: 'missing --nodes (quorum)', args: ['quorum'], option: '--nodes' },
  { name: 'missing --pool (pg)', args: PG, option: '--pool' },
  { name: 'neither --node-ram nor --guest-ram (memory)', args: ['memory', '--nodes', '3'], option: '--node-ram' },
];

describe('bad input: exit 2, nothing on stdout, the option and value named on stderr', () => {
  it.each(BAD)('$name', ({ args, option, value }) => {
    // --json must not change the contract: a script gets an empty stdout, never half a document.
    expectBadInput(runCli([...args, '--json']), option, value);
  });

  it('human mode too (no --json): same exit code and message', () => {
    const r = runCli(['memory', '--nodes', '3', '--node-ram', '16Tb']);
    expectBadInput(r, '--node-ram', '16Tb');
    expect(r.stderr).toMatch(/bits/); // says why: "Tb" is bits, sizes are bytes
  });

  it('every problem is reported at once, not only the first', () => {
    const r = runCli(['bond', '--links', '0', '--speed', 'fast', '--json']);
    expectBadInput(r, '--links', '0');
    expectBadInput(r, '--speed', 'fast');
  });

  it('an unknown command exits 2', () => {
    const r = runCli(['sizing', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('sizing');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('valid edge values are accepted (exit 0)', () => {
  const EDGES: readonly { name: string; args: readonly string[] }[] = [
    // core memory/schema.ts: failures default 1, 0 allowed (a warning says nothing is tolerated)
    { name: '--failures 0', args: [...MEM, '--failures', '0'] },
    // 100 % is the top of (0, 1]
    { name: '--max-utilization 100%', args: [...MEM, '--max-utilization', '100%'] },
    { name: '--osds-per-node 0 (memory)', args: [...MEM, '--osds-per-node', '0'] },
    // core network/bond.ts: down ≥ 0
    { name: '--down 0', args: [...BOND, '--down', '0'] },
    // core ceph/capacity-schema.ts: markOutSeconds ≥ 0
    { name: '--mark-out 0', args: [...CEPH, '--link-speed', '25Gb/s', '--mark-out', '0'] },
    // K and M up to 64 (cli commands/ceph.ts); 128 hosts place 64+64
    { name: '--ec 64+64 on 128 hosts', args: ['ceph', '--nodes', '128', '--osds-per-node', '1', '--osd-size', '1TB', '--ec', '64+64'] },
    // core memory/schema.ts: ksmSavings in [0, 1) — "no savings" is a valid statement, and --ksm 1's own
    // error message ("must be in [0, 1)") tells the user 0 is allowed.
    { name: '--ksm 0', args: [...MEM, '--ksm', '0'] },
  ];
  it.each(EDGES)('$name', ({ args }) => {
    const r = runCli([...args, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json).toBeDefined();
  });
});

describe('exit 0 without a failed check, 1 with one (JSON still printed and parseable)', () => {
  const FAILS: readonly { name: string; args: readonly string[]; id: string }[] = [
    // docs/golden-examples.md §2: EC 4+2 needs 6 failure domains
    { name: 'ceph: EC 4+2 on 5 hosts', args: [...CEPH, '--ec', '4+2'], id: 'ceph.failure-domains' },
    // docs/golden-examples.md §2 (data target): the same pool cannot be placed either
    { name: 'ceph data target: EC 4+2 on 5 hosts', args: ['ceph', '--nodes', '5', '--data', '200TB', '--ec', '4+2'], id: 'ceph.failure-domains' },
    // docs/course-rules.md §1: 70 TB on 5 nodes needs 23.3 TB per node, beyond the largest purchasable size (8 TiB)
    { name: 'memory: no purchasable size is large enough', args: ['memory', '--nodes', '5', '--guest-ram', '70TB'], id: 'memory.purchasable' },
    // 512 × 2 × 0.75 = 768 GiB usable < 1000 GiB of guests
    { name: 'memory: the guests do not fit', args: [...MEM, '--guest-ram', '1000GiB'], id: 'memory.guest-fits' },
    // docs/golden-examples.md G19 / bluestore test: 4 × (320 GB + 160 GB) = 1.92 TB > 1.6 TB DB device
    { name: 'bluestore: shared DB device too small', args: ['bluestore', '--osd-size', '16TB', '--osds-per-db', '4', '--db-device-size', '1.6TB'], id: 'bluestore.shared-capacity' },
    // Proxmox runs at most one monitor per node (pveceph.adoc)
    { name: 'quorum: more MONs than nodes', args: ['quorum', '--nodes', '3', '--mons', '5'], id: 'ceph.mon-count' },
  ];
  it.each(FAILS)('$name → exit 1, fail check $id', ({ args, id }) => {
    const r = runCli<WithChecks>([...args, '--json']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.json).toBeDefined();
    expectChecks(r.json?.checks);
    expect(r.json?.checks).toContainEqual(expect.objectContaining({ id, level: 'fail' }));
  });

  it('human output with a failed check also exits 1 and shows it', () => {
    const r = runCli([...CEPH, '--ec', '4+2']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ceph.failure-domains');
    expect(r.stdout).toMatch(/fail/i);
  });

  it('warnings alone exit 0', () => {
    // docs/golden-examples.md G14: 3 hosts, replica 3 → ceph.cannot-heal is a warning
    const r = runCli<WithChecks>(['ceph', '--nodes', '3', '--osds-per-node', '4', '--osd-size', '3.84TB', '--json']);
    expect(r.code).toBe(0);
    expect(r.json?.checks.some((c) => c.level === 'warn')).toBe(true);
    expect(r.json?.checks.some((c) => c.level === 'fail')).toBe(false);
  });
});

/**
 * Extreme but well-formed input: either a finite answer (exit 0 or 1) or a clean exit 2 naming the
 * option that made the result blow up; never NaN or Infinity, in JSON or in text.
 */
function expectFiniteOrRejected(r: CliResult, culprit: string, value: string): void {
  const context = `exit ${r.code}\nstdout:\n${r.stdout.slice(0, 2000)}\nstderr:\n${r.stderr}`;
  expect([0, 1, 2], context).toContain(r.code);
  expect(r.stdout, context).not.toMatch(NON_FINITE);
  expect(r.stderr, context).not.toMatch(STACK_FRAME);
  if (r.code === 2) {
    expectBadInput(r, culprit, value);
  } else if (r.json !== undefined) {
    for (const n of numbersIn(r.json)) expect(Number.isFinite(n.value), `${n.path} = ${n.value}`).toBe(true);
  }
}

const EXTREME: readonly { name: string; args: readonly string[]; culprit: string; value: string }[] = [
  { name: '2^53 nodes × 512 GiB', args: ['memory', '--nodes', TWO_53, '--node-ram', '512GiB'], culprit: '--nodes', value: TWO_53 },
  { name: '2^53 nodes for 8 EiB of guests', args: ['memory', '--nodes', TWO_53, '--guest-ram', '8EiB'], culprit: '--nodes', value: TWO_53 },
  { name: '2^53 hosts × 2^53 OSDs × 8 EiB', args: ['ceph', '--nodes', TWO_53, '--osds-per-node', TWO_53, '--osd-size', '8EiB'], culprit: '--nodes', value: TWO_53 },
  { name: '2^53 OSDs × 2^53 PGs per OSD', args: ['pg', '--osds', TWO_53, '--target-per-osd', TWO_53, '--pool', 'rbd:ratio=1'], culprit: '--osds', value: TWO_53 },
  { name: '2^53 links of 1 Pb/s', args: ['bond', '--links', TWO_53, '--speed', '1000Tb/s', '--flows', TWO_53, '--hash', 'layer3+4'], culprit: '--links', value: TWO_53 },
  { name: '2^53 nodes quorum', args: ['quorum', '--nodes', TWO_53, '--mons', TWO_53], culprit: '--nodes', value: TWO_53 },
  // A vanishing rate or ratio divides a finite size: the quotient overflows to Infinity.
  { name: 'recovery over a 1e-300 b/s link', args: [...CEPH, '--link-speed', '1e-300b/s'], culprit: '--link-speed', value: '1e-300b/s' },
  { name: 'memory at 5e-324 utilisation', args: ['memory', '--nodes', '5', '--guest-ram', '700GB', '--max-utilization', TINY], culprit: '--max-utilization', value: TINY },
  { name: 'SSD life at a 1e-300 b/s write rate', args: ['bluestore', '--osd-size', '16TB', '--endurance', '8EiB', '--db-write', '1e-300b/s'], culprit: '--db-write', value: '1e-300b/s' },
  { name: 'data target at a 5e-324 nearfull ratio', args: ['ceph', '--nodes', '3', '--data', '8EiB', '--disk-size', '1B', '--nearfull', TINY], culprit: '--nearfull', value: TINY },
];

describe('extreme values: finite output or exit 2, never NaN/Infinity', () => {
  it.each(EXTREME)('--json: $name', ({ args, culprit, value }) => {
    expectFiniteOrRejected(runCli([...args, '--json']), culprit, value);
  });
  it.each(EXTREME)('human: $name', ({ args, culprit, value }) => {
    expectFiniteOrRejected(runCli(args), culprit, value);
  });
});
