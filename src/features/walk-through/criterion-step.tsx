import { useTranslation } from 'react-i18next';

import { findCurrentIcfName } from '../../domain/criteria/current-icf-name';
import type { Assessment } from '../../domain/assessment/assessment-schema';
import type { Criterion, Framework } from '../../domain/criteria/criterion-schema';
import { Link } from 'wouter';

import { findAnswersToConfirm, findUnansweredQuestions } from '../../domain/scoring/measure-progress';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentStore } from '../../persistence/assessment-store';
import { EarlierAnswers } from './earlier-answers';
import { NarrativeField } from './narrative-field';
import { QuestionCard } from './question-card';
import { ConfirmAll } from './confirm-all';

export function CriterionStep({
  framework,
  criterion,
  assessment,
  questionId,
}: {
  framework: Framework;
  criterion: Criterion;
  assessment: Assessment;
  /** The question the address points at, if any: "next unanswered" looks on from there. */
  questionId: string | undefined;
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const { updateAnswer, setNarrative, markCarriedOver } = useAssessmentStore.getState();
  const unanswered =
    findUnansweredQuestions(framework, assessment.answers).find((u) => u.criterionId === criterion.id)
      ?.questionIds ?? [];
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
  const toConfirm =
    findAnswersToConfirm(framework, assessment.answers).find((c) => c.criterionId === criterion.id)
      ?.questionIds ?? [];
  const icfName = findCurrentIcfName(criterion);
  return (
    <>
      {icfName && (
        <p className="criterion-icf-name">{t('walk.currentIcfName', { name: localize(icfName) })}</p>
      )}
      <p className="lead">{localize(criterion.description)}</p>
      {jump}
      {toConfirm.length > 0 && (
        <p className="notice carried-over-intro">{t('carried.stepIntro', { count: toConfirm.length })}</p>
      )}
      <EarlierAnswers framework={framework} criterion={criterion} assessment={assessment} />
      {criterion.questions.map((question, index) => (
        <QuestionCard
          // A new key per assessment, so fields holding typed drafts never carry over to another one.
          key={`${assessment.id}-${question.id}`}
          framework={framework}
          question={question}
          number={index + 1}
          count={criterion.questions.length}
          answer={assessment.answers[question.id]}
          onChange={(patch) => updateAnswer(assessment.id, question.id, patch)}
        />
      ))}
      {jump}
      <ConfirmAll
        key={`${assessment.id}-${criterion.id}`}
        answers={assessment.answers}
        questionIds={toConfirm}
        onMark={(marks) => markCarriedOver(assessment.id, marks)}
      />
      <NarrativeField
        criterionName={localize(criterion.name)}
        text={assessment.narratives?.[criterion.id] ?? ''}
        onChange={(text) => setNarrative(assessment.id, criterion.id, text)}
      />
    </>
  );
}
