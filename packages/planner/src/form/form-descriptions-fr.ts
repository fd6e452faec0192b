/**
 * The French of the scenario schema's descriptions (its .meta, in English), keyed by the English
 * text: the form shows the one of the page's language, and none rather than English on a French page.
 */
// biome-ignore format: a table
export const FORM_DESCRIPTIONS_FR: Readonly<Record<string, string>> = {
};
