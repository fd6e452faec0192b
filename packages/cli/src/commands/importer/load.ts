/**
 * Loads @capa/importer at run time, outside the CLI bundle: its parsers, zod and node:https cost start-up
 * time that `capa memory` must not pay. The specifiers are variables so the bundler leaves them alone.
 */
import type * as Importer from '@capa/importer';
import type * as ImporterNode from '@capa/importer/node';

const PURE = '@capa/importer';
const NODE = '@capa/importer/node';

export const loadImporter = (): Promise<typeof Importer> => import(PURE) as Promise<typeof Importer>;
export const loadImporterNode = (): Promise<typeof ImporterNode> => import(NODE) as Promise<typeof ImporterNode>;
