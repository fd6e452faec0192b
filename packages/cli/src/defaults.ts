/**
 * Help texts name the core's defaults (CEPH_DEFAULTS, MEMORY_DEFAULTS...) instead of restating them:
 * a default changed in core shows in `--help` with no edit here.
 */
import { defaultText } from '@capa/core';

/** "(default 0.85)". */
export const dflt = (value: number | string): string => `(default ${value})`;

/** A size as typed on the command line: 4GiB, 0. */
export const sizeArg = (bytes: number): string => defaultText(bytes, 'size');
