/** The page's own words (calculator labels live with each calculator). */
import type { Lang } from '@capa/core';
import type { UrlProblem } from '../state/url-state';

// biome-ignore format: a table, several short entries per line as it reads
export const UI = {
  en: {
    tagline: 'Capacity planning for Proxmox VE + Ceph',
    nav: 'Calculators',
    skip: 'Skip to results',
    language: 'Language',
    teach: 'Teaching mode',
    print: 'Print report',
    presets: 'Examples',
    course: 'Course',
    field: 'Field clusters',
    inputs: 'Inputs',
    more: 'More options',
    results: 'Results',
    checks: 'Checks',
    derivation: 'Derivation',
    showDerivation: (n: number) => `Show the derivation (${n} steps)`,
    hideDerivation: 'Hide the derivation',
    nextStep: 'Next step',
    prevStep: 'Previous step',
    allSteps: 'Show all steps',
    stepOf: (i: number, n: number) => `Step ${i} of ${n}`,
    nextExample: (n: number, label: string) => `Next: example ${n} — ${label}`,
    nextPage: (page: string) => `Next: ${page}, example 1`,
    courseEnd: 'Last example of the course',
    formula: 'Formula',
    numbers: 'With the numbers',
    result: 'Result',
    source: 'Source',
    fix: 'Some inputs need fixing before Capa can compute:',
    notUpdated: 'Not updated: the results of the last valid inputs',
    share: 'Link to this page',
    copy: 'Copy link',
    copied: 'Copied',
    linkProblems: 'This link contains things Capa could not use; they were ignored:',
    pools: 'Pools',
    addPool: 'Add a pool',
    removePool: (name: string) => `Remove pool ${name}`,
    pool: (i: number) => `Pool ${i}`,
    level: { ok: 'OK', warn: 'Warning', fail: 'Fails' },
    report: 'Report',
    generated: (date: string, version: string) => `Capa ${version} · ${date}`,
    dflt: (v: string) => `default ${v}`,
    eg: (v: string) => `e.g. ${v}`,
    units: 'Sizes: 512GiB, 16TB, 739.85 GiB; rates: 10Gb/s, 25GbE; ratios: 0.75 or 75%.',
    offline: 'Works offline once opened.',
    notFound: 'No such page.',
    pageLoading: 'Loading the page…',
    pageFailed: 'This page could not be loaded (offline before it was ever opened?). Reload the page once online.',
    chooseCalculator: 'Choose a calculator:',
    routes: { memory: 'Memory', ceph: 'Ceph capacity', failure: 'Failure & recovery', bluestore: 'BlueStore', pg: 'Placement groups', bond: 'Bonds', quorum: 'Quorum', inventory: 'Inventory' },
  },
  fr: {
    tagline: 'Dimensionnement de clusters Proxmox VE + Ceph',
    nav: 'Calculateurs',
    skip: 'Aller aux résultats',
    language: 'Langue',
    teach: 'Mode cours',
    print: 'Imprimer le rapport',
    presets: 'Exemples',
    course: 'Cours',
    field: 'Clusters du terrain',
    inputs: 'Données',
    more: 'Plus d’options',
    results: 'Résultats',
    checks: 'Vérifications',
    derivation: 'Démonstration',
    showDerivation: (n: number) => `Afficher la démonstration (${n} étapes)`,
    hideDerivation: 'Masquer la démonstration',
    nextStep: 'Étape suivante',
    prevStep: 'Étape précédente',
    allSteps: 'Toutes les étapes',
    stepOf: (i: number, n: number) => `Étape ${i} sur ${n}`,
    nextExample: (n: number, label: string) => `Suivant : exemple ${n} — ${label}`,
    nextPage: (page: string) => `Suivant : ${page}, exemple 1`,
    courseEnd: 'Dernier exemple du cours',
    formula: 'Formule',
    numbers: 'Avec les nombres',
    result: 'Résultat',
    source: 'Source',
    fix: 'Certaines données sont à corriger avant le calcul :',
    notUpdated: 'Non mis à jour : les résultats des dernières données valides',
    share: 'Lien vers cette page',
    copy: 'Copier le lien',
    copied: 'Copié',
    linkProblems: 'Ce lien contient des éléments inutilisables ; ils ont été ignorés :',
    pools: 'Pools',
    addPool: 'Ajouter un pool',
    removePool: (name: string) => `Supprimer le pool ${name}`,
    pool: (i: number) => `Pool ${i}`,
    level: { ok: 'OK', warn: 'Attention', fail: 'Échec' },
    report: 'Rapport',
    generated: (date: string, version: string) => `Capa ${version} · ${date}`,
    dflt: (v: string) => `par défaut ${v}`,
    eg: (v: string) => `ex. ${v}`,
    units: 'Tailles : 512GiB, 16TB, 739,85 GiB ; débits : 10Gb/s, 25GbE ; ratios : 0,75 ou 75%.',
    offline: 'Fonctionne hors ligne une fois ouvert.',
    notFound: 'Cette page n’existe pas.',
    pageLoading: 'Chargement de la page…',
    pageFailed: 'Cette page n’a pas pu être chargée (hors ligne avant sa première ouverture ?). Rechargez la page une fois en ligne.',
    chooseCalculator: 'Choisissez un calculateur :',
    routes: { memory: 'Mémoire', ceph: 'Capacité Ceph', failure: 'Panne et reconstruction', bluestore: 'BlueStore', pg: 'Groupes de placement', bond: 'Agrégats', quorum: 'Quorum', inventory: 'Inventaire' },
  },
} as const;

/** A URL problem in words; values are shown quoted, as text, never as markup. */
export function describeProblem(p: UrlProblem, lang: Lang): string {
  const fr = lang === 'fr';
  switch (p.kind) {
    case 'too-long':
      return fr ? 'le lien est trop long ; la fin a été ignorée' : 'the link is too long; its end was ignored';
    case 'too-many':
      return fr ? 'trop de paramètres ; les derniers ont été ignorés' : 'too many parameters; the last ones were ignored';
    case 'bad-encoding':
      return fr ? `encodage invalide : « ${p.raw} »` : `badly encoded parameter: "${p.raw}"`;
    case 'value-too-long':
      return fr ? `valeur trop longue pour « ${p.key} »` : `value too long for "${p.key}"`;
    case 'unknown-page':
      return fr ? `page inconnue : « ${p.route} »` : `unknown page: "${p.route}"`;
    case 'unknown-param':
      return fr ? `paramètre inconnu : « ${p.key} »` : `unknown parameter: "${p.key}"`;
    case 'repeated-param':
      return fr ? `paramètre répété : « ${p.key} » (le premier est gardé)` : `repeated parameter: "${p.key}" (the first one is kept)`;
    case 'bad-choice':
      return fr ? `valeur non permise pour « ${p.key} » : « ${p.value} »` : `value not allowed for "${p.key}": "${p.value}"`;
    case 'too-many-rows':
      return fr ? `plus de ${p.max} pools ; les suivants ont été ignorés` : `more than ${p.max} pools; the rest were ignored`;
    case 'bad-row':
      return fr ? `pool « ${p.spec} » : ${p.message}` : `pool "${p.spec}": ${p.message}`;
  }
}

/** The browser's language when it is French, English otherwise. */
export const browserLang = (languages: readonly string[]): Lang =>
  languages
    .find((l) => /^(fr|en)\b/i.test(l))
    ?.toLowerCase()
    .startsWith('fr')
    ? 'fr'
    : 'en';
