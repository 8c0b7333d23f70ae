// Apart from the schemas, so the crash screen can offer the saved data without loading zod.
export const STORAGE_KEY = 'icf-self-assessment.state';
