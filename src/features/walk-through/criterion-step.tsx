import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { findCurrentIcfName } from '../../domain/criteria/current-icf-name';
import type { Assessment } from '../../domain/assessment/assessment-schema';
import type { Criterion, Framework } from '../../domain/criteria/criterion-schema';
import { Link } from 'wouter';

import { findAnswersToConfirm, findUnansweredQuestions } from '../../domain/scoring/measure-progress';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentStore } from '../../persistence/assessment-store';
import type { AnsweringView } from './answering-view';
import { EarlierAnswers } from './earlier-answers';
import { GroupAnswers } from './group-answers';
import { NarrativeField } from './narrative-field';
import { QuestionCard } from './question-card';
import { TeamAnswers } from './team-answers';
import { ConfirmAll } from './confirm-all';

export function CriterionStep({
  framework,
  criterion,
  assessment,
  questionId,
  view,
}: {
  framework: Framework;
  criterion: Criterion;
  assessment: Assessment;
  /** The question the address points at, if any: "next unanswered" looks on from there. */
  questionId: string | undefined;
  /** Who answers in this tab (the coordinator or a respondent) and what they see. */
  view: AnsweringView;
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const { updateAnswer, updateResponse, setNarrative, decideAnswer, undecideAnswer, markCarriedOver } =
    useAssessmentStore.getState();
  const { respondent } = view;
  const hasTeam = (assessment.respondents?.length ?? 0) > 0;
  const asked = criterion.questions.filter((q) => view.isAsked(criterion.id, q.id));
  const unanswered = (
    findUnansweredQuestions(framework, view.counted).find((u) => u.criterionId === criterion.id)
      ?.questionIds ?? []
  ).filter((id) => view.isAsked(criterion.id, id));
  const order = criterion.questions.map((q) => q.id);
  const from = questionId === undefined ? -1 : order.indexOf(questionId);
  // The first unanswered after the one in view, else the first from the top.
  const nextUnanswered =
    unanswered.find((id) => order.indexOf(id) > from && id !== questionId) ?? unanswered[0];
  const jump = (
    <p className="next-unanswered">
      {nextUnanswered === undefined ? (
        t('walk.allAnsweredHere')
      ) : (
        <>
          <Link
            className="button button--small"
            href={`/assessments/${assessment.id}/${criterion.id}/${nextUnanswered}`}
          >
            {t('walk.nextUnanswered')}
          </Link>{' '}
          <span className="muted">{t('walk.unansweredLeft', { count: unanswered.length })}</span>
        </>
      )}
    </p>
  );
  const isUnanswered = new Set(unanswered);
  const indexId = useId();
  // A long step on a phone is many screens tall: every question one tap away.
  const questionIndex = (
    <details className="question-index">
      <summary id={indexId}>{t('walk.allQuestions', { count: asked.length })}</summary>
      <ol aria-labelledby={indexId}>
        {asked.map((question) => (
          <li key={question.id}>
            <Link href={`/assessments/${assessment.id}/${criterion.id}/${question.id}`}>
              {localize(question.prompt)}
            </Link>{' '}
            <span className="muted">
              ({t(isUnanswered.has(question.id) ? 'walk.indexUnanswered' : 'walk.indexAnswered')})
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
  // Carried-over marks are on the coordinator's answers: a respondent has none to confirm.
  const toConfirm = respondent
    ? []
    : (findAnswersToConfirm(framework, assessment.answers).find((c) => c.criterionId === criterion.id)
        ?.questionIds ?? []);
  const icfName = findCurrentIcfName(criterion);
  return (
    <>
      {icfName && (
        <p className="criterion-icf-name">{t('walk.currentIcfName', { name: localize(icfName) })}</p>
      )}
      <p className="lead">{localize(criterion.description)}</p>
      {asked.length > 0 && jump}
      {asked.length > 0 && questionIndex}
      {toConfirm.length > 0 && (
        <p className="notice carried-over-intro">{t('carried.stepIntro', { count: toConfirm.length })}</p>
      )}
      {!respondent && <EarlierAnswers framework={framework} criterion={criterion} assessment={assessment} />}
      {asked.length === 0 && respondent && (
        <p className="notice">{t('team.notAssignedHere', { name: respondent.name })}</p>
      )}
      {asked.map((question, index) => (
        <QuestionCard
          // A new key per assessment and per person answering, so fields holding typed drafts never
          // carry over to another assessment or into another person's slot.
          key={`${assessment.id}-${respondent?.id ?? ''}-${question.id}`}
          framework={framework}
          question={question}
          number={index + 1}
          count={asked.length}
          answer={view.shown[question.id]}
          onChange={(patch) =>
            respondent
              ? updateResponse(assessment.id, respondent.id, question.id, patch)
              : updateAnswer(assessment.id, question.id, patch)
          }
        >
          {!respondent && hasTeam && (
            <TeamAnswers
              framework={framework}
              criterion={criterion}
              question={question}
              assessment={assessment}
              onDecide={(answer) => decideAnswer(assessment.id, question.id, answer)}
              onUndecide={() => undecideAnswer(assessment.id, question.id)}
            />
          )}
          {respondent && assessment.round === 2 && (
            <GroupAnswers framework={framework} question={question} assessment={assessment} />
          )}
        </QuestionCard>
      ))}
      {asked.length > 0 && jump}
      {!respondent && (
        <ConfirmAll
          key={`${assessment.id}-${criterion.id}`}
          answers={assessment.answers}
          questionIds={toConfirm}
          onMark={(marks) => markCarriedOver(assessment.id, marks)}
        />
      )}
      {!respondent && (
        <NarrativeField
          criterionName={localize(criterion.name)}
          text={assessment.narratives?.[criterion.id] ?? ''}
          onChange={(text) => setNarrative(assessment.id, criterion.id, text)}
        />
      )}
    </>
  );
}
