import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/calc/pages';
import { inputLines, labelOf } from '../src/state/summary';

describe('labels and the printed inputs', () => {
  it('names fields and pool row fields', () => {
    expect(labelOf(PAGES.memory, 'nodeRam', 'en')).toBe('RAM per node');
    expect(labelOf(PAGES.pg, 'pool.1.ratio', 'fr')).toBe('Pool 2 · target_size_ratio');
    expect(labelOf(PAGES.pg, 'pool', 'en')).toBe('Pools');
  });

  it('lists the inputs as given, choices by their label', () => {
    expect(inputLines(PAGES.memory, { values: { nodes: '3', nodeRam: '512GiB' }, rows: [] }, 'en')).toEqual([
      { label: 'Question', value: 'Usable guest RAM of these nodes' },
      { label: 'Nodes', value: '3' },
      { label: 'RAM per node', value: '512GiB' },
      // A flag always prints, default included: the QDevice decides the quorum check of the report.
      { label: 'QDevice (external vote)', value: 'no' },
    ]);
    expect(inputLines(PAGES.pg, { values: { osds: '12' }, rows: [{ name: 'rbd', size: '3' }] }, 'en').at(-1)).toEqual({ label: 'Pool 1', value: 'rbd:size=3' });
  });
});
