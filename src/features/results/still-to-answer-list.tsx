import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { QuestionToAnswer } from '../../domain/insights/build-results';
import { useLanguage } from '../../i18n/use-language';
import { useResultsFormat } from './results-format';

// Up to this many, every group is open; past it each criterion's list starts folded.
const OPEN_UP_TO = 12;

/** The unanswered questions, criterion by criterion, each with how much answering it narrows the overall range. */
export function StillToAnswerList({
  assessmentId,
  questions,
}: {
  assessmentId: string;
  questions: QuestionToAnswer[];
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const format = useResultsFormat();
  if (questions.length === 0) return null;
  const groups = [...new Set(questions.map((q) => q.criterionId))].map((criterionId) =>
    questions.filter((q) => q.criterionId === criterionId),
  );
  return (
    <section aria-labelledby="still-to-answer-heading">
      <h2 id="still-to-answer-heading">{t('results.stillToAnswerHeading')}</h2>
      <p className="muted">{t('results.stillToAnswerIntro', { count: questions.length })}</p>
      {groups.map((group) => {
        const criterion = group[0]?.criterion;
        if (!criterion) return null;
        return (
          <details key={criterion.id} className="still-to-answer" open={questions.length <= OPEN_UP_TO}>
            <summary>
              {t('results.stillToAnswerGroup', { name: localize(criterion.name), count: group.length })}
            </summary>
            <ul aria-label={localize(criterion.name)}>
              {group.map((q) => (
                <li key={q.questionId}>
                  <Link href={`/assessments/${assessmentId}/${q.criterionId}/${q.questionId}`}>
                    {localize(q.question.prompt)}
                  </Link>{' '}
                  <span className="muted">
                    ({t('results.narrowing', { points: format.score(q.narrowing) })})
                  </span>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
