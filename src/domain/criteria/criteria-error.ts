// Kept apart from the loader so a screen can show criteria errors without loading zod.
export type CriteriaError = { file: string; path: string; message: string };

export function formatCriteriaError(error: CriteriaError): string {
  return error.path ? `${error.file}: ${error.path}: ${error.message}` : `${error.file}: ${error.message}`;
}
