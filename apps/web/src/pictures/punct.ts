/**
 * The punctuation of the pictures' accessible texts, one table for every model: French sets a
 * (non-breaking in print, plain here) space before « : » and « ; », English none.
 */
import type { Lang } from '@capa/core';

export interface Punct {
  /** Between a label and its value. */
  readonly colon: string;
  /** Between the items of one part. */
  readonly sep: string;
  /** Between the parts (panels, rows): a sentence each. */
  readonly end: string;
}

export const PUNCT: Record<Lang, Punct> = {
  en: { colon: ': ', sep: '; ', end: '. ' },
  fr: { colon: ' : ', sep: ' ; ', end: '. ' },
};
