/** Horizontal bars comparing figures of one unit (disks per node, DB sizes, pg_num per pool). */
export interface Bar {
  readonly label: string;
  /** Where the bar ends; `low`, when given, draws a range from low to value. */
  readonly value: number;
  readonly low?: number;
  readonly text: string;
  readonly tone?: 'main' | 'muted' | 'warn';
}

export interface BarsPicture {
  readonly kind: 'bars';
  readonly id: string;
  readonly title: string;
  readonly bars: readonly Bar[];
}
