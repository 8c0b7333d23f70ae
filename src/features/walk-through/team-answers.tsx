import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Answer, Assessment } from '../../domain/assessment/assessment-schema';
import { isAssigned } from '../../domain/assessment/assignment';
import type { Criterion, Framework, Question } from '../../domain/criteria/criterion-schema';
import { isSameData } from '../../domain/is-same-data';
import { measureSpreads } from '../../domain/scoring/disagreement';
import { combineValues, isDecided, listResponseValues } from '../../domain/scoring/effective-answers';
import { useAnswerText } from './use-answer-text';

/**
 * For the coordinator: every respondent's answer to one question side by side, what the default
 * rule makes of them, and "Use this answer", which decides the question with that answer (notes
 * and evidence included). A decision can be undone straight away, or given up later.
 */
export function TeamAnswers({
  framework,
  criterion,
  question,
  assessment,
  onDecide,
  onUndecide,
}: {
  framework: Framework;
  criterion: Criterion;
  question: Question;
  assessment: Assessment;
  onDecide: (answer: Answer) => void;
  onUndecide: () => void;
}) {
  const { t } = useTranslation();
  const text = useAnswerText(framework);
  const headingId = useId();
  // What the coordinator's answer was before the last "Use this answer", for its undo.
  const [undo, setUndo] = useState<{ name: string; previous: Answer | undefined } | null>(null);
  const respondents = (assessment.respondents ?? []).filter(
    (respondent) =>
      isAssigned(respondent, criterion.id, question.id) ||
      assessment.responses?.[respondent.id]?.[question.id] !== undefined,
  );
  if (respondents.length === 0) return null;
  const decided = assessment.answers[question.id];
  const isQuestionDecided = isDecided(assessment.answers, question.id);
  const ruleValue = combineValues(question, listResponseValues(assessment.responses, question.id));
  const spread = measureSpreads(framework, {
    ...Object.fromEntries(respondents.map(({ id }) => [id, assessment.responses?.[id]])),
  }).find((entry) => entry.questionId === question.id);
  const answered = respondents.filter(
    ({ id }) => assessment.responses?.[id]?.[question.id]?.value !== undefined,
  );
  const status = isQuestionDecided
    ? t('team.answers.decided', { answer: text.value(question, decided?.value) })
    : ruleValue === undefined
      ? t('team.answers.noneYet')
      : t('team.answers.byRule', { answer: text.value(question, ruleValue), count: answered.length });
  return (
    <div className="team-answers" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="team-answers__heading">
        {t('team.answers.heading', { count: answered.length, total: respondents.length })}
      </h3>
      <p className="team-answers__status">{status}</p>
      {spread && spread.scoredResponses >= 2 && (
        <p className="team-answers__spread">
          {t('team.answers.spread', { spread: text.spread(spread.spread) })}
        </p>
      )}
      <ul className="team-answers__list">
        {respondents.map((respondent) => {
          const answer = assessment.responses?.[respondent.id]?.[question.id];
          const isInUse = isQuestionDecided && answer !== undefined && isSameData(answer, decided);
          const origin = [
            answer?.dataYear === undefined ? null : t('team.answers.dataYear', { year: answer.dataYear }),
            answer?.source ?? null,
          ].filter((part) => part !== null);
          return (
            <li key={respondent.id} className="team-answer">
              <p className="team-answer__who">
                <strong>{respondent.name}</strong>
                {respondent.organisation && <span className="muted"> · {respondent.organisation}</span>}
              </p>
              <p className="team-answer__value">{text.value(question, answer?.value)}</p>
              {answer?.notes && <p className="team-answer__notes">{answer.notes}</p>}
              {origin.length > 0 && <p className="muted team-answer__origin">{origin.join(' · ')}</p>}
              {(answer?.evidence?.length ?? 0) > 0 && (
                <p className="muted">
                  {t('team.answers.evidenceCount', { count: answer?.evidence?.length ?? 0 })}
                </p>
              )}
              {isInUse ? (
                <p className="team-answer__in-use">
                  <span aria-hidden="true">✓ </span>
                  {t('team.answers.inUse')}
                </p>
              ) : (
                answer?.value !== undefined && (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('team.answers.useThisFor', { name: respondent.name })}
                    onClick={() => {
                      setUndo({ name: respondent.name, previous: decided });
                      onDecide(answer);
                    }}
                  >
                    {t('team.answers.useThis')}
                  </button>
                )
              )}
            </li>
          );
        })}
      </ul>
      <p className="team-answers__undo" aria-live="polite">
        {undo && (
          <>
            {t('team.answers.usedFrom', { name: undo.name })}{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                if (undo.previous === undefined) onUndecide();
                else onDecide(undo.previous);
                setUndo(null);
              }}
            >
              {t('team.answers.undo')}
            </button>
          </>
        )}
      </p>
      {isQuestionDecided && !undo && (
        <p>
          <button type="button" className="button button--quiet button--small" onClick={onUndecide}>
            {t('team.answers.backToRule')}
          </button>
        </p>
      )}
    </div>
  );
}
