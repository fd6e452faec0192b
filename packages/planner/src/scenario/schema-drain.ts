/**
 * The scenario's `drain` section (issue 11, item 3): evacuating a node by live migration before its
 * maintenance, read by the plan's `drain` area through the core's drain calculator.
 */
import * as z from 'zod';

// Skeleton: the fields are filled in by the drain area's work (docs/planner.md#drain).
export const drainSection = z.strictObject({}).meta({ description: 'Maintenance drain: live migration of a node’s guests, the N − 1 check meanwhile, the rolling upgrade.' });

export type DrainDoc = z.output<typeof drainSection>;
