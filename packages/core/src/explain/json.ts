/**
 * The JSON form of a result: numbers stay numbers (integer bytes, bits per second, fractions), and
 * anything non-finite is refused rather than printed as null or "Infinity".
 */
export function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    (key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) throw new RangeError(`non-finite value for "${key}"`);
      return v;
    },
    2,
  );
}
