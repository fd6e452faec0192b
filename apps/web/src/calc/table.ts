/**
 * The one builder of a page's tables (rendered by components/data-table.tsx): rows beyond
 * MAX_TABLE_ROWS are cut, and the note says how many there are. The inventory, the estate and the
 * planner's comparison build theirs here.
 */
import { formatNumber, type Lang, plural } from '@capa/core';
import type { Table } from '../state/page';

/** Rows shown per table: beyond this a table stops being read; the note says how many there are. */
const MAX_TABLE_ROWS = 200;

const SHOWN = {
  en: (n: number, total: number) => `showing ${formatNumber(n, 'en', 0)} of ${formatNumber(total, 'en', 0)}`,
  fr: (n: number, total: number) => `${formatNumber(n, 'fr', 0)} ${plural(n, 'fr', 'affiché', 'affichés')} sur ${formatNumber(total, 'fr', 0)}`,
} as const;

export function buildTable(id: string, title: string, columns: readonly string[], rows: Table['rows'], lang: Lang): Table {
  return { id, title, columns, rows: rows.slice(0, MAX_TABLE_ROWS), note: rows.length > MAX_TABLE_ROWS ? SHOWN[lang](MAX_TABLE_ROWS, rows.length) : null };
}
