import type { FileIssue } from '../domain/assessment/assessment-file';
import type { Assessment } from '../domain/assessment/assessment-schema';
import type { Framework } from '../domain/criteria/criterion-schema';
import type { Language } from '../domain/language';
import { succeed, type Result } from '../domain/result';
import { readImport } from '../files/read-import';
import { translateExample } from './translate-example';

const files: Record<Language, () => Promise<{ default: unknown }>> = {
  en: () => import('./binh-duong-2023.en.json'),
  vi: () => import('./binh-duong-2023.vi.json'),
};

/**
 * The illustrative Bình Dương 2023 assessment, its notes in the given language. It goes through
 * the same door as any imported file.
 */
export async function loadExample(
  language: Language,
  framework: Framework,
): Promise<Result<Assessment, FileIssue>> {
  const { default: data } = await files[language]();
  const parsed = readImport({ data }, framework);
  if (!parsed.ok) return parsed;
  const [example] = parsed.value;
  if (!example) throw new Error('the bundled example holds no assessment');
  return succeed(example.assessment);
}

/**
 * The example as kept in the browser, its notes and narratives in the given language: each text
 * still as the example wrote it (in either language) is swapped; what the user typed is kept.
 */
export async function showExampleIn(
  assessment: Assessment,
  language: Language,
  framework: Framework,
): Promise<Assessment> {
  const [en, vi] = await Promise.all([loadExample('en', framework), loadExample('vi', framework)]);
  if (!en.ok || !vi.ok) return assessment;
  const versions = { en: en.value, vi: vi.value };
  const other = language === 'en' ? versions.vi : versions.en;
  return translateExample(assessment, other, versions[language]);
}
