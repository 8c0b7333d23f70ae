import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useAnsweringAs } from '../../components/answering-as-store';
import { AssessmentUnavailable } from '../../components/assessment-unavailable';
import { TeamBar } from '../../components/team-bar';
import { formatAssessmentTitle } from '../../domain/report/assessment-title';
import type { ProfilePatch } from '../../domain/assessment/assessment-schema';
import { useFramework } from '../../framework/use-framework';
import { useLanguage } from '../../i18n/use-language';
import { useAssessment, useAssessmentStore } from '../../persistence/assessment-store';
import { AnsweringAsSelect } from './answering-as-select';
import { buildAnsweringView } from './answering-view';
import { buildSteps, PROFILE_STEP } from './build-steps';
import { CriterionStep } from './criterion-step';
import { ProfileStep } from './profile-step';
import { questionElementId } from './question-card';
import { ReviewStep } from './review-step';
import { Stepper } from './stepper';

/** The walk-through of one assessment: profile, the six criteria, review; each step at its own URL. */
export default function WalkThroughPage({
  assessmentId,
  stepId,
  questionId,
}: {
  assessmentId: string;
  stepId: string;
  questionId: string | undefined;
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const framework = useFramework();
  const view = useAssessment(assessmentId);
  const updateProfile = useAssessmentStore((s) => s.updateProfile);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const respondents = view.status === 'ready' ? (view.assessment.respondents ?? []) : [];
  const answeringAs = useAnsweringAs(
    assessmentId,
    respondents.map(({ id }) => id),
  );
  const saveProfile = useCallback(
    (patch: ProfilePatch) => updateProfile(assessmentId, patch),
    [updateProfile, assessmentId],
  );

  // On every step change, focus moves to the step's heading (or to the question a link points at).
  useEffect(() => {
    const question = questionId ? document.getElementById(questionElementId(questionId)) : null;
    if (question) {
      question.focus({ preventScroll: true });
      question.scrollIntoView({ block: 'start' });
    } else {
      headingRef.current?.focus({ preventScroll: true });
      window.scrollTo({ top: 0 });
    }
  }, [assessmentId, stepId, questionId, view.status]);

  if (view.status !== 'ready') return <AssessmentUnavailable view={view} headingRef={headingRef} />;
  const { assessment } = view;

  const answering = buildAnsweringView(framework, assessment, answeringAs);
  const { respondent } = answering;
  const steps = buildSteps(framework, answering.counted, answering.isAsked);
  const index = steps.findIndex((step) => step.id === stepId);
  const step = steps[index];
  const criterion = framework.criteria.find((c) => c.id === stepId);
  const title = formatAssessmentTitle(assessment.profile);
  const previous = steps[index - 1];
  const next = steps[index + 1];
  const stepTitle = (s: (typeof steps)[number]) =>
    s.kind === 'criterion' ? localize(s.name) : t(`walk.${s.kind}Step`);

  return (
    <div className="walk-through">
      <div className="walk-through__context">
        <p className="walk-through__community">{title}</p>
        {assessment.illustrative && <p className="badge">{t('example.badge')}</p>}
        {respondents.length > 0 && (
          <AnsweringAsSelect assessmentId={assessmentId} respondents={respondents} current={answeringAs} />
        )}
        <Link className="button button--small walk-through__team" href={`/assessments/${assessmentId}/team`}>
          {respondents.length > 0 ? t('team.linkWithCount', { count: respondents.length }) : t('team.link')}
        </Link>
        <Link
          className="button button--small walk-through__results"
          href={`/assessments/${assessmentId}/results`}
        >
          {t('walk.seeResults')}
        </Link>
        {respondent && (
          <p className="notice walk-through__answering" role="status">
            {t('team.answeringAsNotice', { name: respondent.name })}
          </p>
        )}
        <TeamBar assessmentId={assessmentId} step={stepId} framework={framework} />
      </div>
      <Stepper assessmentId={assessmentId} steps={steps} currentId={stepId} />
      <div className="walk-through__step">
        {!step ? (
          <div role="alert">
            <h1 ref={headingRef} tabIndex={-1}>
              {t('walk.stepNotFound')}
            </h1>
            <p>
              <Link href={`/assessments/${assessmentId}/${PROFILE_STEP}`}>{t('walk.profileStep')}</Link>
            </p>
          </div>
        ) : (
          <>
            <p className="walk-through__position">
              {t('walk.stepPosition', { number: index + 1, count: steps.length })}
            </p>
            <h1 ref={headingRef} tabIndex={-1}>
              {stepTitle(step)}
            </h1>
            {step.kind === 'profile' && (
              <ProfileStep key={assessmentId} profile={assessment.profile} onSave={saveProfile} />
            )}
            {step.kind === 'criterion' && criterion && (
              <CriterionStep
                framework={framework}
                criterion={criterion}
                assessment={assessment}
                questionId={questionId}
                view={answering}
              />
            )}
            {step.kind === 'review' && (
              <ReviewStep framework={framework} assessment={assessment} view={answering} />
            )}
            <nav className="step-nav" aria-label={t('walk.stepNavigation')}>
              {previous && (
                <Link
                  className="button"
                  href={`/assessments/${assessmentId}/${previous.id}`}
                  aria-label={t('common.actionOn', { action: t('walk.back'), name: stepTitle(previous) })}
                >
                  <span aria-hidden="true">← </span>
                  {t('walk.back')}
                </Link>
              )}
              {next && (
                <Link
                  className="button button--primary"
                  href={`/assessments/${assessmentId}/${next.id}`}
                  aria-label={t('common.actionOn', { action: t('walk.next'), name: stepTitle(next) })}
                >
                  {t('walk.next')}
                  <span aria-hidden="true"> →</span>
                </Link>
              )}
            </nav>
          </>
        )}
      </div>
    </div>
  );
}
