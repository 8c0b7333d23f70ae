import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { Assessment } from '../../domain/assessment/assessment-schema';
import { useFormatAnswerValue } from '../../components/use-format-answer-value';
import { BANK_1_0_0_TO_2_0_0 } from '../../domain/criteria/bank-mapping';
import type { Criterion, Framework } from '../../domain/criteria/criterion-schema';
import { indexQuestions } from '../../domain/criteria/index-questions';
import { useLanguage } from '../../i18n/use-language';

/**
 * Answers given under an earlier criteria version to questions of this criterion that changed or
 * were removed: both versions side by side, kept for review and never scored.
 */
export function EarlierAnswers({
  framework,
  criterion,
  assessment,
}: {
  framework: Framework;
  criterion: Criterion;
  assessment: Assessment;
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const formatValue = useFormatAnswerValue(framework);
  const current = indexQuestions(framework);
  const entries = Object.entries(assessment.earlierAnswers ?? {}).flatMap(([id, answer]) => {
    const question = framework.history.find((bank) => bank.version === answer.version)?.questions[id];
    return question?.criterion === criterion.id ? [{ id, answer, question }] : [];
  });
  if (entries.length === 0) return null;
  const version = entries[0]?.answer.version ?? '';
  return (
    <section className="earlier-answers" aria-labelledby={`earlier-${criterion.id}`}>
      <h2 id={`earlier-${criterion.id}`}>{t('earlier.heading', { version })}</h2>
      <p>{t('earlier.intro')}</p>
      <ul className="earlier-answers__list">
        {entries.map(({ id, answer, question }) => {
          const mapping = BANK_1_0_0_TO_2_0_0[id];
          const nowAsked =
            mapping === undefined ? [] : mapping.status === 'unchanged' ? [mapping.to] : mapping.to;
          return (
            <li key={id} className="earlier-answer">
              <dl>
                <dt>{t('earlier.oldQuestion', { version: answer.version })}</dt>
                <dd>{localize(question.prompt)}</dd>
                <dt>{t('earlier.oldAnswer')}</dt>
                <dd>
                  {formatValue(question, answer.value, t('earlier.noValue'))}
                  {answer.notes && <span className="earlier-answer__notes"> {answer.notes}</span>}
                </dd>
                {question.reason && (
                  <>
                    <dt>{t('earlier.reason')}</dt>
                    <dd>{localize(question.reason)}</dd>
                  </>
                )}
                <dt>{t('earlier.nowAsked')}</dt>
                <dd>
                  {nowAsked.length === 0 ? (
                    t('earlier.removed')
                  ) : (
                    <ul>
                      {nowAsked.map((newId) => {
                        const target = current.get(newId);
                        if (!target) return null;
                        return (
                          <li key={newId}>
                            <Link href={`/assessments/${assessment.id}/${target.criterion.id}/${newId}`}>
                              {localize(target.question.prompt)}
                            </Link>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </dd>
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
