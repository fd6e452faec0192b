/**
 * The inventory page's definition in the initial bundle: its URL inputs (the what-ifs and the
 * analysis options of `capa analyze`) and its texts. The computation (src/calc/inventory.ts) is in
 * the inventory engine's script, loaded when the page opens; the inventory itself is never in the URL.
 */
import { ANALYSIS_INPUTS, type AnalysisInputSpec, defaultText, type Lang } from '@capa/core';
import type { FieldDef, FieldKind } from '../state/fields';
import type { PageDef } from '../state/page';
import { t } from '../state/text';
import { invalid } from './outcome';

const OPEN = { en: 'Open an inventory file to analyse it.', fr: 'Ouvrez un fichier d’inventaire pour l’analyser.' } satisfies Record<Lang, string>;

/** The what-ifs are text fields; the others keep their kind. */
const kindOf = (i: AnalysisInputSpec): FieldKind => (i.kind === 'growth' || i.kind === 'addedNodes' || i.kind === 'nodeNames' ? 'text' : (i.kind as FieldKind));

/** One field per analysis input of the core (ANALYSIS_INPUTS): the what-ifs first, the rest under "More options". */
function fieldOf(i: AnalysisInputSpec): FieldDef {
  const dflt = typeof i.default === 'number' ? defaultText(i.default, i.kind === 'ratio' || i.kind === 'size' ? i.kind : 'number') : undefined;
  return {
    key: i.key,
    kind: kindOf(i),
    label: i.label,
    ...(i.example === undefined ? {} : { placeholder: i.example }),
    ...(dflt === undefined ? {} : { defaultHint: dflt }),
    ...(i.fieldHelp === undefined ? {} : { help: i.fieldHelp }),
    ...(i.advanced === true ? { advanced: true } : {}),
  };
}

export const inventoryFields: readonly FieldDef[] = [...ANALYSIS_INPUTS.filter((i) => i.advanced !== true), ...ANALYSIS_INPUTS.filter((i) => i.advanced === true)].map(fieldOf);

// biome-ignore format: a table, several short entries per line as it reads
export const inventoryPage: PageDef = {
  route: 'inventory',
  title: t('Inventory: does the cluster pass N − 1?', 'Inventaire : le cluster passe-t-il N − 1 ?'),
  intro: t(
    'Open an inventory written by capa import … --out FILE: it is read in this browser, nothing is uploaded. The analysis is capa analyze’s.',
    'Ouvrez un inventaire écrit par capa import … --out FICHIER : il est lu dans ce navigateur, rien n’est envoyé. L’analyse est celle de capa analyze.',
  ),
  fields: inventoryFields,
  presets: [],
  // Without a file there is nothing to compute; the inventory page (components/inventory-page.tsx) asks the engine (src/inventory/engine.ts).
  compute: (_state, lang) => invalid([{ key: '', value: undefined, message: OPEN[lang] }]),
};
