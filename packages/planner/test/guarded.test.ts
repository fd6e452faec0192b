/** A plan whose figures overflow (a RangeError from the maths) is refused in the user's language, not thrown. */
import { describe, expect, it } from 'vitest';
import { guarded } from '../src/commands.js';

describe('guarded', () => {
  const overflow = () => {
    throw new RangeError('Invalid array length');
  };
  it('turns a RangeError into a problem worded in English or French', () => {
    const en = guarded('big.yaml', 'en', overflow);
    const fr = guarded('big.yaml', 'fr', overflow);
    expect(en).toEqual({ ok: false, problems: [{ option: 'big.yaml', message: 'the values are too large to compute (a result would not be finite)' }] });
    expect(fr).toEqual({ ok: false, problems: [{ option: 'big.yaml', message: 'les valeurs sont trop grandes pour être calculées (un résultat ne serait pas fini)' }] });
  });
  it('lets any other error through (a defect, not bad input)', () => {
    expect(() =>
      guarded('x.yaml', 'fr', () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});
