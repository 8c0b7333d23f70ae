import { useTranslation } from 'react-i18next';

import type { Question } from '../domain/criteria/criterion-schema';
import { useLanguage } from '../i18n/use-language';
import { formatQuantity } from './format-quantity';

type QuantityQuestion = Extract<Question, { type: 'percent' | 'number' }>;

/** What a percent or number means and where to find it, so two people measure the same thing. */
export function DefinitionCard({
  question,
  isOpen = false,
}: {
  question: QuantityQuestion;
  isOpen?: boolean;
}) {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const { definition } = question;
  const worst = formatQuantity(question, question.scoring.worst, language);
  const best = formatQuantity(question, question.scoring.best, language);
  return (
    <details className="definition-card" open={isOpen}>
      <summary>{t('definition.summary')}</summary>
      <dl className="definition-card__list">
        <dt>{t('definition.measures')}</dt>
        <dd>{localize(definition.measures)}</dd>
        <dt>{t('definition.formula')}</dt>
        <dd>{localize(definition.formula)}</dd>
        <dt>{t('definition.unit')}</dt>
        <dd>{localize(question.unit)}</dd>
        <dt>{t('definition.dataYear')}</dt>
        <dd>{localize(definition.dataYear)}</dd>
        <dt>{t('definition.sources')}</dt>
        <dd>{localize(definition.sources)}</dd>
        <dt>{t('definition.international')}</dt>
        <dd>{localize(definition.international)}</dd>
        <dt>{t('definition.anchors', { worst, best })}</dt>
        <dd>
          {localize(definition.anchors.rationale)}{' '}
          <span className="definition-card__ref">
            {t('definition.benchmark', { ref: definition.anchors.ref })}
          </span>
        </dd>
      </dl>
    </details>
  );
}
