import { useEffect } from 'react';

import { EXAMPLE_ID } from '../example/example-id';
import { loadBundledFramework } from '../framework/framework-promise';
import { useLanguage } from '../i18n/use-language';

/**
 * Keeps the illustrative example's notes and narratives in the interface language: its texts
 * exist in both, and switching the language swaps them (what a user typed into it stays). Storage
 * loads after the first paint, so it is imported here, not at the top.
 */
export function useExampleLanguage(): void {
  const { language } = useLanguage();
  useEffect(() => {
    let isCurrent = true;
    void (async () => {
      const { startStorage, useAssessmentStore } = await import('../persistence/assessment-store');
      await startStorage();
      const entry = useAssessmentStore.getState().index.get(EXAMPLE_ID);
      if (!isCurrent || entry?.kind !== 'ok' || entry.summary.illustrative !== true) return;
      const [framework, { showExampleIn }, stored] = await Promise.all([
        loadBundledFramework(),
        import('../example/load-example'),
        useAssessmentStore.getState().readAssessment(EXAMPLE_ID),
      ]);
      if (!isCurrent || !framework.ok || !stored) return;
      const shown = await showExampleIn(stored, language, framework.value);
      // Written into its document key by key: only the swapped texts change, so nothing merges away.
      if (isCurrent && JSON.stringify(shown) !== JSON.stringify(stored)) {
        useAssessmentStore.getState().addAssessment(shown);
      }
    })();
    return () => {
      isCurrent = false;
    };
  }, [language]);
}
