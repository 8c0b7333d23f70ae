/**
 * Limits on free text, shared by the schemas (assessment-schema.ts) and every form field. Notes and
 * narratives must hold a full submission answer (20,000 characters and more); the cap only stops a
 * hostile file from filling the browser's storage. In a module of their own so that a form or the
 * list can know them without loading the schemas (zod).
 */
export const MAX_LONG_TEXT = 100_000;
export const MAX_SHORT_TEXT = 300;
export const MAX_EVIDENCE_PER_ANSWER = 50;
export const MAX_URL_LENGTH = 2_000;
