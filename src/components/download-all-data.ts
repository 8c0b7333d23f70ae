import { createCollectionFile } from '../domain/assessment/import-file';
import { loadBundledFramework } from '../framework/framework-promise';
import { downloadText } from './download';

/**
 * Every readable assessment as one "Export all" file, which the app imports back: the way out when
 * storage fails or a screen crashes. Assessments that cannot be read are offered apart, in the list.
 */
export async function downloadAllData(): Promise<void> {
  const { readAllAssessments } = (
    await import('../persistence/assessment-store')
  ).useAssessmentStore.getState();
  const [{ assessments }, framework] = await Promise.all([readAllAssessments(), loadBundledFramework()]);
  if (!framework.ok) throw new Error('the criteria could not be loaded');
  const day = new Date().toISOString().slice(0, 10);
  downloadText(
    `${JSON.stringify(createCollectionFile(framework.value, assessments), null, 2)}\n`,
    `icf-self-assessments-${day}.json`,
    'application/json',
  );
}
