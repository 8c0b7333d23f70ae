import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { LEVEL_COUNT } from '../../domain/criteria/level-count';
import type { Opportunity } from '../../domain/insights/build-results';
import { useLanguage } from '../../i18n/use-language';
import { useResultsFormat } from './results-format';

export function OpportunityList({
  assessmentId,
  opportunities,
}: {
  assessmentId: string;
  opportunities: Opportunity[];
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const format = useResultsFormat();
  return (
    <section aria-labelledby="opportunities-heading">
      <h2 id="opportunities-heading">{t('results.opportunitiesHeading')}</h2>
      <p className="muted">{t('results.opportunitiesIntro')}</p>
      {opportunities.length === 0 ? (
        <p>{t('results.noOpportunities')}</p>
      ) : (
        <ol className="opportunities">
          {opportunities.map((o) => (
            <li key={o.questionId}>
              <span className="opportunities__gain">
                {t('results.gain', { gain: format.signed(o.gain) })}
              </span>{' '}
              <Link href={`/assessments/${assessmentId}/${o.criterionId}/${o.questionId}`}>
                {localize(o.question.prompt)}
              </Link>{' '}
              <span className="muted">
                ({localize(o.criterion.name)}
                {o.nextLevel &&
                  o.nextLevel.level < LEVEL_COUNT - 1 &&
                  `; ${t('results.nextLevel', { level: o.nextLevel.level, gain: format.signed(o.nextLevel.gain) })}`}
                )
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
