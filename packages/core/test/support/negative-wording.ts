/**
 * Words that announce a problem. A check whose level is 'ok' must not use them (issue 8, item 11):
 * a reader skimming the colour must not be told "fine" next to "short of" or "Safe usable 0 B".
 * Shared by the tests that run every planner example and every web preset.
 */
/** A check's shape, stated here so that other packages' tests can import this file without core's sources. */
interface Check {
  readonly id: string;
  readonly level: string;
  readonly message: string;
}

const NEGATIVE: readonly RegExp[] = [
  // English
  /\bshort of\b/i,
  /\bno longer sold\b/i,
  /\bnot enough\b/i,
  /\binsufficient\b/i,
  /\bexceeds (the|its|nearfull|full|backfillfull)\b/i,
  /\bcannot\b/i,
  /\bcan't\b/i,
  /\bunable\b/i,
  /\bfails?\b/i,
  /\bloses data\b/i,
  /\bno quorum\b/i,
  /\btoo (few|small|little|many)\b/i,
  /\bover (the )?(limit|budget)\b/i,
  /\bmissing\b/i,
  /(^|[^\d.,])0 (B|bytes?|o)\b/,
  /\bnegative\b/i,
  /−\d/,
  // French
  /\bil manque\b/i,
  /\bn[’']est plus vendu/i,
  /\binsuffisant/i,
  /\bdépasse (le|la|les|son|sa|ses|nearfull|full)\b/i,
  /\bne peu(t|vent)\b/i,
  /\bimpossible\b/i,
  /\bperd des données\b/i,
  /\bpas assez\b/i,
  /\btrop (peu|petit|de)\b/i,
  /\bsans quorum\b/i,
];

/** The ok checks whose message reads as a problem, as "id: message" lines for a readable failure. */
export function okButNegative(checks: readonly Check[]): string[] {
  return checks.filter((c) => c.level === 'ok' && NEGATIVE.some((re) => re.test(c.message))).map((c) => `${c.id}: ${c.message}`);
}
