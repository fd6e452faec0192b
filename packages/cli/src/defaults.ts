/**
 * Help texts name the core's defaults (CEPH_DEFAULTS, MEMORY_DEFAULTS...) instead of restating them:
 * a default changed in core shows in `--help` with no edit here.
 */
import { defaultText, type Lang } from '@capa/core';
import { dfltText } from './help/index.js';
import { CLI_LANG } from './lang.js';

/** "(default 0.85)", "(défaut 0.85)" in French. */
export const dflt = (value: number | string, lang: Lang = CLI_LANG): string => dfltText(lang, value);

/** A size as typed on the command line: 4GiB, 0. */
export const sizeArg = (bytes: number): string => defaultText(bytes, 'size');
