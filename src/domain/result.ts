/** Parsing never throws into the UI: every boundary returns one of these. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; errors: E[] };

export function succeed<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E>(errors: E[]): { ok: false; errors: E[] } {
  return { ok: false, errors };
}
