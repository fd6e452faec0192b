import type { Lang } from '@capa/core';

/** A piece of UI text in both languages. */
export type Text = Readonly<Record<Lang, string>>;

export const t = (en: string, fr: string): Text => ({ en, fr });
