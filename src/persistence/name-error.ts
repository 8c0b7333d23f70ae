/** An error's name (QuotaExceededError, InvalidStateError…), what the save state reports. */
export function nameError(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name !== '' ? name : String(error);
}
