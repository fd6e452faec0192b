/**
 * Loads @capa/importer at run time, outside the CLI bundle: its parsers, zod and node:https cost start-up
 * time that `capa memory` must not pay. The specifiers are variables so the bundler leaves them alone.
 */
import type * as Importer from '@capa/importer';
import type * as ImporterNode from '@capa/importer/node';

import type * as ReadInput from '@capa/importer/read-input';

const PURE = '@capa/importer';
const NODE = '@capa/importer/node';
const READ = '@capa/importer/read-input';

export const loadImporter = (): Promise<typeof Importer> => import(PURE) as Promise<typeof Importer>;
export const loadImporterNode = (): Promise<typeof ImporterNode> => import(NODE) as Promise<typeof ImporterNode>;
/** The bounded file reader alone (no https, no parsers): every file the CLI reads goes through it. */
export const loadReader = (): Promise<typeof ReadInput> => import(READ) as Promise<typeof ReadInput>;

// The CRUSH engine, outside the bundle too (one loader for every command: ../load-crush.ts).
export { loadCrush } from '../load-crush.js';
