import { loadBundledFramework } from '../framework/framework-promise';
import { downloadText } from './download';

/**
 * The recovery download of the crash screen and the storage warning: every assessment, read in full
 * from storage (or from memory when storage failed), as the app's own "Export all" file, so that it
 * imports back like any export. Should the criteria themselves fail to load, the assessments are
 * written as the saved state the import also reads, rather than not at all. Assessments that cannot
 * be read are offered apart, in the list. Returns how many assessments the file holds (none: no file).
 */
export async function downloadAllData(date = new Date()): Promise<number> {
  // Loaded on the click: the crash screen and the header's warning are part of the first paint.
  const [{ useAssessmentStore }, { createCollectionFile, serializeCollectionFile }, framework] =
    await Promise.all([
      import('../persistence/assessment-store'),
      import('../domain/assessment/import-file'),
      loadBundledFramework(),
    ]);
  const { assessments } = await useAssessmentStore.getState().readAllAssessments();
  if (assessments.length === 0) return 0;
  const text = framework.ok
    ? serializeCollectionFile(createCollectionFile(framework.value, assessments))
    : JSON.stringify({
        state: { assessments: Object.fromEntries(assessments.map((a) => [a.id, { assessment: a }])) },
        version: 1,
      });
  downloadText(
    text,
    `icf-self-assessments-recovery-${date.toISOString().slice(0, 10)}.json`,
    'application/json',
  );
  return assessments.length;
}
