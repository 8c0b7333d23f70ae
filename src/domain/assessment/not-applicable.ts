/**
 * The answer "not applicable": a value of its own, neither a number nor a missing answer. In a module
 * of its own so that scoring, which every list and report needs, does not load the schemas (zod).
 */
export const NA = 'na';
