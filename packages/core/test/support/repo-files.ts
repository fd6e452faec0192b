import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository's root, from packages/core/test/support/. */
export const ROOT = new URL('../../../../', import.meta.url).pathname;
/** Generated (docs/api), fetched or built, never written by hand. */
const SKIP = new Set(['node_modules', 'dist', '.git', 'coverage', 'test-artifacts']);
const SKIP_PATHS = new Set(['docs/api']);

/**
 * The hand-written files under `dir` whose names match `name`, as paths from the root: one walker for
 * the size and link tests. `skip` adds directory names to leave out (e.g. fixtures copied from clusters).
 */
export function repoFiles(name: RegExp, skip: readonly string[] = [], dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (SKIP.has(e.name) || skip.includes(e.name) || SKIP_PATHS.has(relative(ROOT, p))) return [];
    return e.isDirectory() ? repoFiles(name, skip, p) : e.isFile() && name.test(e.name) ? [relative(ROOT, p)] : [];
  });
}
