import { useTranslation } from 'react-i18next';

import { findCurrentIcfName } from '../../domain/criteria/current-icf-name';
import type { Assessment } from '../../domain/assessment/assessment-schema';
import type { Criterion, Framework } from '../../domain/criteria/criterion-schema';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentStore } from '../../persistence/assessment-store';
import { EarlierAnswers } from './earlier-answers';
import { NarrativeField } from './narrative-field';
import { QuestionCard } from './question-card';

export function CriterionStep({
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
  const { updateAnswer, setNarrative } = useAssessmentStore.getState();
  const icfName = findCurrentIcfName(criterion);
  return (
    <>
      {icfName && (
        <p className="criterion-icf-name">{t('walk.currentIcfName', { name: localize(icfName) })}</p>
      )}
      <p className="lead">{localize(criterion.description)}</p>
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
      <NarrativeField
        criterionName={localize(criterion.name)}
        text={assessment.narratives?.[criterion.id] ?? ''}
        onChange={(text) => setNarrative(assessment.id, criterion.id, text)}
      />
    </>
  );
}
