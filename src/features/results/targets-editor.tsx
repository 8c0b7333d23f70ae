import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Field } from '../../components/forms/field';
import type { CriterionResult, ResultsModel } from '../../domain/insights/build-results';
import { parseDecimal } from '../../domain/parse-decimal';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentStore } from '../../persistence/assessment-store';
import { useResultsFormat } from './results-format';

function TargetField({ assessmentId, criterion }: { assessmentId: string; criterion: CriterionResult }) {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const format = useResultsFormat();
  const setTarget = useAssessmentStore((s) => s.setTarget);
  const [draft, setDraft] = useState(criterion.target === null ? '' : String(criterion.target));
  const [error, setError] = useState<string | undefined>();
  const change = (text: string) => {
    setDraft(text);
    if (text.trim() === '') {
      setError(undefined);
      setTarget(assessmentId, criterion.id, undefined);
      return;
    }
    const value = parseDecimal(text, language);
    if (value === null || value < 0 || value > 100) {
      setError(t('errors.targetRange'));
      return;
    }
    setError(undefined);
    setTarget(assessmentId, criterion.id, value);
  };
  return (
    <Field
      label={t('results.targetLabel', { name: localize(criterion.name) })}
      hint={
        criterion.gap === null
          ? t('results.targetHintNoGap', { score: format.score(criterion.score) })
          : t('results.targetHint', {
              score: format.score(criterion.score),
              gap: format.signed(criterion.gap),
            })
      }
      error={error}
    >
      {(control) => (
        <input
          {...control}
          className="input input--short"
          inputMode="decimal"
          autoComplete="off"
          value={draft}
          onChange={(event) => change(event.target.value)}
        />
      )}
    </Field>
  );
}

/** A target score per criterion; the chart draws them dashed and the table shows the gap. */
export function TargetsEditor({ assessmentId, results }: { assessmentId: string; results: ResultsModel }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="targets-heading">
      <h2 id="targets-heading">{t('results.targetsHeading')}</h2>
      <p className="muted">{t('results.targetsIntro')}</p>
      <div className="field-grid">
        {results.criteria.map((criterion) => (
          <TargetField key={criterion.id} assessmentId={assessmentId} criterion={criterion} />
        ))}
      </div>
    </section>
  );
}
