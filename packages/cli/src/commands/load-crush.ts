/**
 * Loads @capa/crush (Ceph's placement, LGPL-2.1) at run time, outside the CLI bundle: the LGPL library
 * stays its own module, and commands that place no PG do not pay for loading it. The specifier is a
 * variable so the bundler leaves it alone.
 */
import type * as Crush from '@capa/crush';

const CRUSH = '@capa/crush';
export const loadCrush = (): Promise<typeof Crush> => import(CRUSH) as Promise<typeof Crush>;
