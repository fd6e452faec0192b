/** Bonded links: fields, reading and figures from the core's BOND_SPEC. */
import { BOND_SPEC } from '@capa/core';
import type { PageDef } from '../state/page';
import { t } from '../state/text';
import { bondPicture } from '../pictures/bond-model';
import { guarded } from './outcome';
import { BOND_PRESETS } from './presets/others';
import { computeSpec, specFields } from './spec-page';

// biome-ignore format: a table, several short entries per line as it reads
export const bondPage: PageDef = {
  route: 'bond',
  title: t('Bonds and LACP', 'Agrégats et LACP'),
  intro: t('Two 10 Gb/s links in LACP: 20 Gb/s together, 10 Gb/s with one lost, and never more than 10 Gb/s for one flow.', 'Deux liens 10 Gb/s en LACP : 20 Gb/s ensemble, 10 Gb/s avec un lien perdu, et jamais plus de 10 Gb/s pour un flux.'),
  fields: specFields(BOND_SPEC),
  presets: BOND_PRESETS,
  compute: (state, lang) => guarded(lang, () => computeSpec(BOND_SPEC, state, lang, (v) => [bondPicture({ links: v.used.links, down: v.used.down, flows: v.used.flows, mode: v.used.mode, result: v, lang })])),
};
