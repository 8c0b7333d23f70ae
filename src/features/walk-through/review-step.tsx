import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { Assessment } from '../../domain/assessment/assessment-schema';
import type { Framework } from '../../domain/criteria/criterion-schema';
import { findAnswersToConfirm, findUnansweredQuestions } from '../../domain/scoring/measure-progress';
import { useLanguage } from '../../i18n/use-language';
import type { AnsweringView } from './answering-view';

/** What is still unanswered or to confirm, criterion by criterion, each a link to the question. */
export function ReviewStep({
  framework,
  assessment,
  view,
}: {
  framework: Framework;
  assessment: Assessment;
  /** Whose answers are reviewed: the effective answers, or a respondent's assigned questions. */
  view: AnsweringView;
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const unanswered = findUnansweredQuestions(framework, view.counted).map((u) => ({
    ...u,
    questionIds: u.questionIds.filter((id) => view.isAsked(u.criterionId, id)),
  }));
  // Carried-over marks are on the coordinator's answers: a respondent has none to confirm.
  const toConfirm = findAnswersToConfirm(framework, view.respondent ? {} : assessment.answers);
  const remaining = unanswered.reduce((sum, u) => sum + u.questionIds.length, 0);
  const remainingToConfirm = toConfirm.reduce((sum, c) => sum + c.questionIds.length, 0);
  const total = framework.criteria.reduce(
    (sum, c) => sum + c.questions.filter((q) => view.isAsked(c.id, q.id)).length,
    0,
  );
  const questions = new Map(framework.criteria.flatMap((c) => c.questions.map((q) => [q.id, q])));
  const links = (criterionId: string, ids: readonly string[]) => (
    <ul>
      {ids.map((id) => {
        const question = questions.get(id);
        return (
          <li key={id}>
            <Link href={`/assessments/${assessment.id}/${criterionId}/${id}`}>
              {question ? localize(question.prompt) : id}
            </Link>
          </li>
        );
      })}
    </ul>
  );
  return (
    <>
      <p className="lead">
        {remaining === 0
          ? t('review.allAnswered', { total })
          : t('review.summary', { done: total - remaining, total })}
      </p>
      {remainingToConfirm > 0 && (
        <p className="notice">{t('review.toConfirm', { count: remainingToConfirm })}</p>
      )}
      <p>
        <Link className="button button--primary" href={`/assessments/${assessment.id}/results`}>
          {t('walk.seeResults')}
        </Link>
      </p>
      {framework.criteria.map((criterion, index) => {
        const ids = unanswered[index]?.questionIds ?? [];
        const confirmIds = toConfirm[index]?.questionIds ?? [];
        const headingId = `review-${criterion.id}`;
        return (
          <section key={criterion.id} className="review-criterion" aria-labelledby={headingId}>
            <h2 id={headingId}>
              <Link href={`/assessments/${assessment.id}/${criterion.id}`}>{localize(criterion.name)}</Link>
            </h2>
            {ids.length === 0 && confirmIds.length === 0 && (
              <p>
                <span aria-hidden="true">✓ </span>
                {t('review.criterionComplete')}
              </p>
            )}
            {ids.length > 0 && (
              <>
                <p>
                  {t('review.criterionRemaining', {
                    count: ids.length,
                    total: criterion.questions.filter((q) => view.isAsked(criterion.id, q.id)).length,
                  })}
                </p>
                {links(criterion.id, ids)}
              </>
            )}
            {confirmIds.length > 0 && (
              <>
                <p>{t('review.criterionToConfirm', { count: confirmIds.length })}</p>
                {links(criterion.id, confirmIds)}
              </>
            )}
          </section>
        );
      })}
    </>
  );
}
