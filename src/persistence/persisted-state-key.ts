// Apart from the schemas, so the crash screen can offer the saved data without loading zod.
export const STORAGE_KEY = 'icf-self-assessment.state';

/** Set once every assessment of the old localStorage value is safely in IndexedDB. */
export const MOVED_KEY = `${STORAGE_KEY}.moved-to-indexeddb`;
