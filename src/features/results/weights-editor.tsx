import { useTranslation } from 'react-i18next';

import type { Framework } from '../../domain/criteria/criterion-schema';
import type { ResultsModel } from '../../domain/insights/build-results';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentStore } from '../../persistence/assessment-store';
import { useResultsFormat } from './results-format';

const MAX_WEIGHT = 3;
const STEP = 0.25;

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
  const { language, localize } = useLanguage();
  const format = useResultsFormat();
  const setWeights = useAssessmentStore((s) => s.setWeights);
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const change = (criterionId: string, value: number) => {
    const next = Object.fromEntries(framework.criteria.map((c) => [c.id, weights?.[c.id] ?? c.weight]));
    next[criterionId] = value;
    const isDefault = framework.criteria.every((c) => next[c.id] === c.weight);
    setWeights(assessmentId, isDefault ? undefined : next);
  };
  return (
    <section aria-labelledby="weights-heading">
      <h2 id="weights-heading">{t('results.weightsHeading')}</h2>
      <p className="muted">{t('results.weightsIntro')}</p>
      <p aria-live="polite" className="weights__overall">
        {t('results.weightsOverall', {
          score: format.score(results.overall),
          band: results.band ? localize(results.band.name) : '—',
        })}
      </p>
      <div className="field-grid">
        {framework.criteria.map((criterion) => {
          const value = weights?.[criterion.id] ?? criterion.weight;
          const id = `weight-${criterion.id}`;
          return (
            <div className="field" key={criterion.id}>
              <label className="field__label" htmlFor={id}>
                {t('results.weightLabel', { name: localize(criterion.name), weight: number.format(value) })}
              </label>
              <input
                id={id}
                className="range"
                type="range"
                min={0}
                max={MAX_WEIGHT}
                step={STEP}
                value={value}
                aria-valuetext={number.format(value)}
                onChange={(event) => change(criterion.id, Number(event.target.value))}
              />
            </div>
          );
        })}
      </div>
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
