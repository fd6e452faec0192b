/**
 * capa ceph reads its options, help and figures from the core's CEPH_SPEC (issue 10): the terminal
 * and JSON output are byte for byte what the hand-written command printed (65 command lines, both
 * questions, --host-osds, recovery, --explain, refusals), except the label that had drifted from
 * the web and the refusals the old command answered in English under --lang fr.
 */
import { readFileSync } from 'node:fs';
import { worded } from './plurals-worded.js';
import { describe, expect, it } from 'vitest';
import { expectBadInput, runCli } from './run-cli.js';

interface Run {
  readonly args: readonly string[];
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}
// Plurals are worded since issue 12 (plurals-worded.ts): the recorded runs are read as they read now.
const BEFORE = (JSON.parse(readFileSync(new URL('./fixtures/ceph-spec-before.json', import.meta.url), 'utf8')) as { runs: Run[] }).runs.map(worded);

/**
 * The deliberate change: the CLI said "Rule of thumb (× 1.1)", the web "(÷ 1.1)"; the figure is
 * raw ÷ (s × 1.1) (docs/ceph-capacity.md, "Rule of thumb"), so the spec keeps the web's.
 */
const drift = (text: string): string => text.replace('Rule of thumb (× 1.1)', 'Rule of thumb (÷ 1.1)').replace('Règle du cours (× 1,1)', 'Règle du cours (÷ 1,1)');

/** Refusals now in the user's language, or ordered as the options are: checked below, line by line. */
const REWORDED = new Set([
  'ceph --nodes 5 --data 200TB --osds-per-node 3 --lang fr',
  'ceph --nodes 5 --osds-per-node 1 --osd-size 4TB --links 2 --lang fr',
  'ceph --nodes 5 --osds-per-node 1 --osd-size 4TB --ec x --lang fr',
  'ceph --nodes 5 --osds-per-node 1 --osd-size 4TB --replicas x --lang fr',
]);
/**
 * Stored data whose copies exceed the raw capacity is refused now (it printed fills above 100 %):
 * 100 TB × 3 copies on 5 × 20 TB raw (packages/core/test/limits.test.ts).
 */
const REFUSED_NOW = new Set(['ceph --nodes 5 --osds-per-node 1 --osd-size 20TB --stored 100TB']);
/** The refusal's header is in the user's language now (it was English under --lang fr). */
const frHeader = (args: readonly string[], text: string): string => (args.includes('fr') ? text.replace('capa: invalid input', 'capa : entrée refusée') : text);
const reordered = (args: readonly string[]) => args.includes('--mark-out') && args.includes('p');

/**
 * Issue 12 (docs/README.md#derivation-symbols): each step defines its symbols (a `symbols` key, a
 * "where" block under --explain), and the recovery rate traces back to three new steps on one
 * survivor's bond. Both are set aside here; every other step is as before.
 */
const BOND_STEPS = new Set(['failure.flows', 'failure.bond-rate', 'failure.bond-transfer']);
const BOND_TITLES = [/^ {2}\d+\. Recovery flows into one survivor/, /^ {2}\d+\. One survivor's bond/, /^ {2}\d+\. Flux de reconstruction vers un survivant/, /^ {2}\d+\. Agrégat d’un survivant/];
function withoutSymbols(text: string): string {
  const out: string[] = [];
  let skipStep = false;
  let inWhere = false;
  let n = 0;
  for (const line of text.split('\n')) {
    const head = /^ {2}(\d+)\. (.*)$/.exec(line);
    if (head) {
      skipStep = BOND_TITLES.some((re) => re.test(line));
      inWhere = false;
      if (!skipStep) out.push(`  ${++n}. ${head[2]}`);
      continue;
    }
    if (skipStep && /^ {5}/.test(line)) continue;
    skipStep = false;
    if (/^ {5}(where|où) /.test(line)) inWhere = true;
    else if (inWhere && !/^ {6,}\S+ = /.test(line)) inWhere = false;
    if (!inWhere) out.push(line);
  }
  return out.join('\n');
}

/**
 * --json: the keys other items of issue 10 add (the result's `used` echo; a check's `code`,
 * `params` and planner `area`) and issue 12's `hostFailure.backfillSeconds` (the timeline's backfill
 * phase) are set aside; every other key and number is as before.
 */
function withoutAdditions(text: string): unknown {
  const j = JSON.parse(text) as Record<string, unknown>;
  delete j['used'];
  if (j['hostFailure'] && typeof j['hostFailure'] === 'object') delete (j['hostFailure'] as Record<string, unknown>)['backfillSeconds'];
  if (Array.isArray(j['derivation'])) j['derivation'] = (j['derivation'] as Record<string, unknown>[]).filter((s) => !BOND_STEPS.has(String(s['id']))).map(({ symbols: _s, ...rest }) => rest);
  const checks = Array.isArray(j['checks']) ? (j['checks'] as Record<string, unknown>[]) : [];
  j['checks'] = checks.map(({ code: _c, params: _p, area: _a, ...rest }) => rest);
  return j;
}

describe('byte-identical output before and after the spec (fixtures/ceph-spec-before.json)', () => {
  it.each(BEFORE.map((r) => [r.args.join(' '), r] as const))('capa %s', (name, before) => {
    const after = runCli(before.args);
    if (REFUSED_NOW.has(name)) {
      expectBadInput(after, '--stored');
      expect(after.stderr).toContain("more than the cluster's raw capacity (100 TB)");
      return;
    }
    expect(after.code).toBe(before.code);
    if (before.args.includes('--json') && before.stdout !== '') expect(withoutAdditions(after.stdout)).toEqual(withoutAdditions(before.stdout));
    else expect(withoutSymbols(after.stdout)).toBe(drift(before.stdout));
    if (reordered(before.args)) expect(after.stderr.split('\n').length).toBe(before.stderr.split('\n').length);
    else if (!REWORDED.has(name)) expect(after.stderr).toBe(frHeader(before.args, before.stderr));
  });
});

describe("refusals from the spec, in the user's language", () => {
  const NODES = ['ceph', '--nodes', '5', '--osds-per-node', '1', '--osd-size', '4TB'];
  it('what does not apply, and why (the old command said it in English only)', () => {
    const data = runCli(['ceph', '--nodes', '5', '--data', '200TB', '--osds-per-node', '3', '--lang', 'fr']);
    expectBadInput(data, '--osds-per-node', '3');
    expect(data.stderr).toContain('ne s’applique pas avec --data (le volume de données calcule le brut et les disques par nœud)');
    const links = runCli([...NODES, '--links', '2', '--lang', 'fr']);
    expect(links.stderr).toContain('--links "2": exige --link-speed (la durée de reconstruction se calcule à partir de l’agrégat)');
  });
  it('--disk-size without --data is refused (it used to be ignored silently)', () => {
    const r = runCli([...NODES, '--disk-size', '16TB']);
    expectBadInput(r, '--disk-size', '16TB');
    expect(r.stderr).toContain('applies only with --data');
  });
  it('K+M and the replicated size keep their ranges, in French too (core ceph/protection.ts: k 2..64, m 1..64, size 1..32)', () => {
    expect(runCli([...NODES, '--ec', 'x', '--lang', 'fr']).stderr).toContain('attendu K+M avec K de 2 à 64 et M de 1 à 64, p. ex. 4+2');
    expect(runCli([...NODES, '--replicas', 'x', '--lang', 'fr']).stderr).toContain('doit être un nombre entier de 1 à 32');
    expect(runCli([...NODES, '--replicas', '3', '--ec', '4+2']).stderr).toContain('--ec "4+2": give either --replicas or --ec, not both');
  });
  it("the help lists the spec's options with their defaults", () => {
    const help = runCli(['ceph', '--help']).stdout;
    for (const line of ['--replicas <s>', '--ec <k+m>', '--host-osds <list>', '--mark-out <seconds>', '(default layer3+4)', '(default 600)']) expect(help).toContain(line);
    expect(help).not.toContain('--mode');
    expect(help).not.toContain('--protection');
  });
});
