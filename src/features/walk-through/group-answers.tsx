import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Assessment } from '../../domain/assessment/assessment-schema';
import type { Framework, Question } from '../../domain/criteria/criterion-schema';
import { countAnswers } from '../../domain/scoring/disagreement';
import { useLanguage } from '../../i18n/use-language';
import { useAnswerText } from './use-answer-text';

/**
 * Round 2: how many of the group gave each answer to this question, so a respondent can see where
 * they stand and revise. Counts only: no one's name is shown beside an answer.
 */
export function GroupAnswers({
  framework,
  question,
  assessment,
}: {
  framework: Framework;
  question: Question;
  assessment: Assessment;
}) {
  const { t } = useTranslation();
  const text = useAnswerText(framework);
  const { localize } = useLanguage();
  const headingId = useId();
  const distribution = countAnswers(question, assessment.responses);
  // A checklist counts each option ticked; the other types count each answer given.
  const describe = (value: number | boolean | string): string => {
    if (question.type !== 'checklist') return text.value(question, value as number | boolean);
    const option = question.options.find(({ id }) => id === value);
    return option ? localize(option.label) : String(value);
  };
  return (
    <div className="group-answers" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="group-answers__heading">
        {t('team.group.heading', { count: distribution.total })}
      </h3>
      {distribution.total === 0 ? (
        <p className="muted">{t('team.group.none')}</p>
      ) : (
        <table className="group-answers__table">
          <thead>
            <tr>
              <th scope="col">
                {t(question.type === 'checklist' ? 'team.group.option' : 'team.group.answer')}
              </th>
              <th scope="col">{t('team.group.respondents')}</th>
            </tr>
          </thead>
          <tbody>
            {distribution.counts.map(({ value, count }) => (
              <tr key={String(value)}>
                <th scope="row">{describe(value)}</th>
                <td>{count}</td>
              </tr>
            ))}
            {distribution.na > 0 && (
              <tr>
                <th scope="row">{t('answerText.na')}</th>
                <td>{distribution.na}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </div>
  );
}
