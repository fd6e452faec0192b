// Typed refusals: a map Capa cannot place exactly is refused with a message naming the field or bucket,
// never half-mapped and never a crash deep in the mapper.

/** Input that does not have the shape of Ceph's JSON (a field missing, of the wrong type, out of range). */
export class CrushInputError extends Error {
  override readonly name = 'CrushInputError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(field ? `${field}: ${message}` : message);
  }
}

/** A valid Ceph map that uses something this port does not simulate (legacy straw buckets, other hashes). */
export class CrushUnsupportedError extends Error {
  override readonly name = 'CrushUnsupportedError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** Turns the first zod issue into a CrushInputError naming the field, prefixed with the document's name. */
export function fromZod(doc: string, error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): CrushInputError {
  const issue = error.issues[0];
  if (!issue) return new CrushInputError(doc, 'invalid input');
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return new CrushInputError(`${doc}${path}`, issue.message);
}
