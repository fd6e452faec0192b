/**
 * Charts that live in their page's chunk: the page's module registers its chart when it loads, so
 * the initial script carries only this lookup (the timeline with the failure page, the fill
 * histogram with the inventory page). PictureView draws a registered kind; an unknown kind draws nothing.
 */
import type { ComponentType } from 'preact';
import type { Picture } from './picture';

type Kind = Picture['kind'];
type ChartOf<K extends Kind> = ComponentType<{ readonly p: Extract<Picture, { kind: K }> }>;

const charts = new Map<Kind, ChartOf<Kind>>();

export function registerChart<K extends Kind>(kind: K, chart: ChartOf<K>): void {
  charts.set(kind, chart as unknown as ChartOf<Kind>);
}

export const chartOf = (kind: Kind): ChartOf<Kind> | undefined => charts.get(kind);
