import { createCollectionFile, serializeCollectionFile } from '../domain/assessment/import-file';
import { loadBundledFramework } from '../framework/framework-promise';
import { downloadText } from './download';

/**
 * The recovery download of the crash screen and the storage warning: every assessment this tab
 * holds, as the app's own "Export all" file, so that it imports back like any export. Should the
 * criteria themselves fail to load, the assessments are written as the saved state the import also
 * reads, rather than not at all. Returns how many assessments the file holds (none: no file).
 */
export async function downloadAllData(date = new Date()): Promise<number> {
  const [{ useAssessmentStore }, framework] = await Promise.all([
    import('../persistence/assessment-store'),
    loadBundledFramework(),
  ]);
  const stored = useAssessmentStore.getState().assessments;
  const assessments = Object.values(stored).map((entry) => entry.assessment);
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
