import { parseAssessmentFile, type FileIssue } from '../domain/assessment/assessment-file';
import type { Assessment } from '../domain/assessment/assessment-schema';
import type { Framework } from '../domain/criteria/criterion-schema';
import type { Language } from '../domain/language';
import type { Result } from '../domain/result';

const files: Record<Language, () => Promise<{ default: unknown }>> = {
  en: () => import('./binh-duong-2023.en.json'),
  vi: () => import('./binh-duong-2023.vi.json'),
};

/**
 * The illustrative Bình Dương 2023 assessment, its notes in the given language. It goes through
 * the same parser as any imported file.
 */
export async function loadExample(
  language: Language,
  framework: Framework,
): Promise<Result<Assessment, FileIssue>> {
  const { default: data } = await files[language]();
  const parsed = parseAssessmentFile(data, framework);
  return parsed.ok ? { ok: true, value: parsed.value.file.assessment } : parsed;
}
