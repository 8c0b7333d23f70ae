import { useTranslation } from 'react-i18next';

import { WeightSliders } from '../../components/weight-sliders';
import type { Framework } from '../../domain/criteria/criterion-schema';
import type { ResultsModel } from '../../domain/insights/build-results';
import { useAssessmentStore } from '../../persistence/assessment-store';
import { useResultsFormat } from './results-format';

/** What-if weights: every change re-scores through the same engine at once, and is saved with the assessment. */
export function WeightsEditor({
  assessmentId,
  framework,
  weights,
  results,
}: {
  assessmentId: string;
  framework: Framework;
  weights: Record<string, number> | undefined;
  results: ResultsModel;
}) {
  const { t } = useTranslation();
  const format = useResultsFormat();
  const setWeights = useAssessmentStore((s) => s.setWeights);
  return (
    <section aria-labelledby="weights-heading">
      <h2 id="weights-heading">{t('results.weightsHeading')}</h2>
      <p className="muted">{t('results.weightsIntro')}</p>
      <p aria-live="polite" className="weights__overall">
        {t('results.weightsOverall', {
          score: format.score(results.overall),
          band: format.qualifier(results.overall, results),
        })}
      </p>
      <WeightSliders
        framework={framework}
        weights={weights}
        idPrefix="weight"
        onChange={(next) => setWeights(assessmentId, next)}
      />
      <button
        type="button"
        className="button"
        disabled={!results.hasCustomWeights}
        onClick={() => setWeights(assessmentId, undefined)}
      >
        {t('results.resetWeights')}
      </button>
    </section>
  );
}
