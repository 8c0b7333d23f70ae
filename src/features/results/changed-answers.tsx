import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useFormatAnswerValue } from '../../components/use-format-answer-value';
import { listChangedAnswers } from '../../domain/assessment/carry-over';
import type { Assessment } from '../../domain/assessment/assessment-schema';
import type { Framework } from '../../domain/criteria/criterion-schema';
import { indexQuestions } from '../../domain/criteria/index-questions';
import { useLanguage } from '../../i18n/use-language';

/**
 * "What changed since last year": each question whose answer differs from the assessment this one
 * was started from, with both answers, grouped by criterion, each a link to the question.
 */
export function ChangedAnswers({
  framework,
  assessment,
  previous,
  title,
  previousTitle,
}: {
  framework: Framework;
  assessment: Assessment;
  previous: Assessment;
  title: string;
  previousTitle: string;
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const formatValue = useFormatAnswerValue(framework);
  const changed = listChangedAnswers(framework, assessment, previous);
  const questions = indexQuestions(framework);
  const missing = t('changes.unanswered');
  return (
    <section className="changed-answers" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('changes.heading', { title: previousTitle })}</h2>
      {changed.length === 0 ? (
        <p>{t('changes.none', { title: previousTitle })}</p>
      ) : (
        <>
          <p className="muted">{t('changes.intro', { title: previousTitle })}</p>
          <p>{t('changes.count', { count: changed.length })}</p>
          {framework.criteria.map((criterion) => {
            const items = changed.filter((c) => c.criterionId === criterion.id);
            if (items.length === 0) return null;
            return (
              // A div: `.results section` is a card, and these are parts of one.
              <div key={criterion.id} className="changed-answers__criterion">
                <h3>{localize(criterion.name)}</h3>
                <ul className="changed-answers__list">
                  {items.map((item) => {
                    const question = questions.get(item.questionId)?.question;
                    if (!question) return null;
                    return (
                      <li key={item.questionId}>
                        <Link href={`/assessments/${assessment.id}/${criterion.id}/${item.questionId}`}>
                          {localize(question.prompt)}
                        </Link>
                        <dl className="changed-answers__values">
                          <div>
                            <dt>{previousTitle}</dt>
                            <dd>{formatValue(question, item.previous, missing)}</dd>
                          </div>
                          <div>
                            <dt>{title}</dt>
                            <dd>{formatValue(question, item.current, missing)}</dd>
                          </div>
                        </dl>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
