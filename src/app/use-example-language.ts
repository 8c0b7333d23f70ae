import { useEffect } from 'react';

import { EXAMPLE_ID } from '../example/example-id';
import { loadBundledFramework } from '../framework/framework-promise';
import { useLanguage } from '../i18n/use-language';
import { useAssessmentStore } from '../persistence/assessment-store';

/**
 * Keeps the illustrative example's notes and narratives in the interface language: its texts
 * exist in both, and switching the language swaps them (what a user typed into it stays).
 */
export function useExampleLanguage(): void {
  const { language } = useLanguage();
  const hasExample = useAssessmentStore(
    (state) => state.assessments[EXAMPLE_ID]?.assessment.illustrative === true,
  );
  useEffect(() => {
    if (!hasExample) return;
    let isCurrent = true;
    void (async () => {
      const [framework, { showExampleIn }] = await Promise.all([
        loadBundledFramework(),
        import('../example/load-example'),
      ]);
      const stored = useAssessmentStore.getState().assessments[EXAMPLE_ID]?.assessment;
      if (!isCurrent || !framework.ok || !stored) return;
      const shown = await showExampleIn(stored, language, framework.value);
      if (isCurrent && JSON.stringify(shown) !== JSON.stringify(stored)) {
        useAssessmentStore.getState().addAssessment(shown);
      }
    })();
    return () => {
      isCurrent = false;
    };
  }, [language, hasExample]);
}
