import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const fixtureText = (rel: string): string => readFileSync(`${FIXTURES}${rel}`, 'utf8');
export const fixtureJson = (rel: string): unknown => JSON.parse(fixtureText(rel));
/** The PVE fixtures carry the API's {"data": ...} envelope. */
export const apiData = (rel: string): unknown => (fixtureJson(rel) as { data: unknown }).data;
