/**
 * capa ceph: the core's spec (CEPH_SPEC) gives the options, the reading and the figures; the CLI
 * only adds the CRUSH simulation to the capacity answer, with Ceph's placement loaded at run time.
 */
import { CEPH_SPEC, type CephCapacityInput, cephCapacitySimulated, cephCoreInput } from '@capa/core';
import { specCommand } from '../spec-command.js';
import { loadCrush } from './load-crush.js';

export const cephCommand = specCommand(CEPH_SPEC, async (input) =>
  input['mode'] === 'target' ? CEPH_SPEC.run(input) : cephCapacitySimulated(cephCoreInput(input) as CephCapacityInput, await loadCrush()),
);
