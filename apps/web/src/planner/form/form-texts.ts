/** The scenario form's own words, in English and French (the fields' labels and descriptions come from the planner's form). */
import type { ValueKind } from '@capa/planner/browser';

type Units = Partial<Readonly<Record<ValueKind, string>>>;

// biome-ignore format: a table, several short entries per line as it reads
export const FORM_TEXTS = {
  en: {
    title: 'Edit in a form', intro: 'Every field of the scenario file, checked as capa plan checks it; each change re-plans and rewrites the YAML (the download is the edited scenario).',
    add: (what: string) => `Add: ${what}`, remove: 'Remove', entryName: 'Name of the entry', absent: 'not set', yes: 'yes', no: 'no',
    byDefault: (v: string) => `default ${v}`, example: (v: string) => `e.g. ${v}`, range: (min: string, max: string) => `from ${min} to ${max}`,
    refused: (label: string, value: string, message: string) => (value === '' ? `${label}: ${message}` : `${label}: “${value}” ${message}`),
    editFailed: 'This change cannot be written into the scenario (a value stands where a section is expected): edit the YAML instead.',
    workloadsIntro: 'VM profiles × counts, grown over the horizon, are what the plan sizes the nodes, their RAM and the disks for (or give the totals instead).',
    addProfile: 'Add a VM profile', newProfile: (n: number) => `profile ${n}`,
    units: { size: 'unit: GiB, TB…', sizeOrZero: 'unit: GiB, TB… or 0', rate: 'unit: Gb/s, MB/s…', ratio: '0.75 or 75%', growth: '0.1 or 10% a year', probability: '0.01 or 1%', savings: '0.2 or 20%', duration: '8h, 90min, 1d or seconds', date: 'YYYY-MM-DD', ec: 'k+m', zfsBlock: '16K, 64K, 1M', zfsArc: 'pve, course, a size or 0' } satisfies Units as Units,
  },
  fr: {
    title: 'Modifier dans un formulaire', intro: 'Chaque champ du fichier de scénario, vérifié comme le vérifie capa plan ; chaque changement recalcule le plan et réécrit le YAML (le téléchargement est le scénario modifié).',
    add: (what: string) => `Ajouter : ${what}`, remove: 'Retirer', entryName: 'Nom de l’entrée', absent: 'non renseigné', yes: 'oui', no: 'non',
    byDefault: (v: string) => `par défaut ${v}`, example: (v: string) => `ex. ${v}`, range: (min: string, max: string) => `de ${min} à ${max}`,
    refused: (label: string, value: string, message: string) => (value === '' ? `${label} : ${message}` : `${label} : « ${value} » ${message}`),
    editFailed: 'Ce changement ne peut pas être écrit dans le scénario (une valeur se trouve là où une section est attendue) : modifiez plutôt le YAML.',
    workloadsIntro: 'Les profils de VM × leurs nombres, augmentés sur l’horizon, sont ce pour quoi le plan dimensionne les nœuds, leur RAM et les disques (ou donnez plutôt les totaux).',
    addProfile: 'Ajouter un profil de VM', newProfile: (n: number) => `profil ${n}`,
    units: { size: 'unité : Gio, To…', sizeOrZero: 'unité : Gio, To… ou 0', rate: 'unité : Gb/s, Mo/s…', ratio: '0,75 ou 75 %', growth: '0,1 ou 10 % par an', probability: '0,01 ou 1 %', savings: '0,2 ou 20 %', duration: '8h, 90min, 1d ou secondes', date: 'AAAA-MM-JJ', ec: 'k+m', zfsBlock: '16K, 64K, 1M', zfsArc: 'pve, course, une taille ou 0' } satisfies Units as Units,
  },
} as const;
