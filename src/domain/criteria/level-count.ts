// Kept apart from the criteria schema (classic zod) so scoring can run on the first screen without it.
/** The number of levels of a `level` question: 0 (nothing in place) to 4 (leading). */
export const LEVEL_COUNT = 5;
