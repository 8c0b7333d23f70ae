import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

import { useAnsweringAsStore } from '../../components/answering-as-store';
import { LinkRefused } from '../../components/link-refused';
import { useDecodedLink } from '../../components/use-decoded-link';
import { listAssignedQuestionIds } from '../../domain/assessment/assignment';
import { createWorkingCopy } from '../../domain/team/respondent-pack';
import { useFramework } from '../../framework/use-framework';
import { useAssessmentStore } from '../../persistence/assessment-store';
import { decodePackLink } from '../../persistence/pack-link';
import '../../i18n/team-page-i18n';

/**
 * A respondent's questions opened from a link or a file, in the respondent's own app. Nothing is
 * saved until they start answering; then the assessment opens with them as the only respondent,
 * answering as themselves. If the assessment is in this browser already (the coordinator's, or the
 * respondent's own copy from before), nothing is overwritten: they continue or go to its Team page.
 */
export default function PackPage({ payload }: { payload: string }) {
  const { t } = useTranslation();
  const framework = useFramework();
  const [, navigate] = useLocation();
  const { decoded, headingRef } = useDecodedLink(decodePackLink, payload, framework);
  const isReady = useAssessmentStore((s) => s.storage === 'ready');
  const index = useAssessmentStore((s) => s.index);
  const [stored, setStored] = useState<{ id: string; hasRespondent: boolean } | null>(null);
  const setAnsweringAs = useAnsweringAsStore((s) => s.setAnsweringAs);

  const pack = decoded?.ok ? decoded.value.pack : null;
  const assessmentId = pack?.assessment.id;
  const respondentId = pack?.respondent.id;
  const isStored = assessmentId !== undefined && index.has(assessmentId);
  useEffect(() => {
    if (!isReady || !isStored || assessmentId === undefined) return;
    let isCurrent = true;
    void useAssessmentStore
      .getState()
      .readAssessment(assessmentId)
      .then((assessment) => {
        const hasRespondent = assessment?.respondents?.some(({ id }) => id === respondentId) ?? false;
        if (isCurrent) setStored({ id: assessmentId, hasRespondent });
      });
    return () => {
      isCurrent = false;
    };
  }, [isReady, isStored, assessmentId, respondentId]);
  // Whether the assessment is in this browser already, once storage has said.
  const existing = !isReady
    ? null
    : !isStored
      ? 'none'
      : stored?.id === assessmentId
        ? { hasRespondent: stored.hasRespondent }
        : null;

  if (decoded === null) return <p role="status">{t('app.loading')}</p>;
  if (!decoded.ok)
    return <LinkRefused issues={decoded.errors} framework={framework} headingRef={headingRef} />;

  const { assessment, respondent, questions } = decoded.value.pack;
  const title = assessment.year === undefined ? assessment.name : `${assessment.name} ${assessment.year}`;
  const [firstQuestion] = listAssignedQuestionIds(framework, respondent);
  const firstCriterion =
    framework.criteria.find((criterion) => criterion.questions.some(({ id }) => id === firstQuestion))?.id ??
    'review';
  const answer = () => {
    setAnsweringAs(assessment.id, respondent.id);
    navigate(`/assessments/${assessment.id}/${firstCriterion}`);
  };
  const start = () => {
    useAssessmentStore.getState().addAssessment(createWorkingCopy(decoded.value.pack));
    answer();
  };

  return (
    <article className="respondent-pack" aria-labelledby="pack-heading">
      <h1 id="pack-heading" ref={headingRef} tabIndex={-1}>
        {t('respondentFiles.packHeading', { name: respondent.name })}
      </h1>
      {existing === null && <p role="status">{t('app.loading')}</p>}
      {existing === 'none' && (
        <>
          <p>
            {t('respondentFiles.packIntro', {
              assessment: title,
              name: respondent.name,
              count: questions.length,
            })}
          </p>
          <button type="button" className="button button--primary" onClick={start}>
            {t('respondentFiles.start')}
          </button>
        </>
      )}
      {existing !== null && existing !== 'none' && existing.hasRespondent && (
        <>
          <p>{t('respondentFiles.packReturned', { assessment: title, name: respondent.name })}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={answer}>
              {t('respondentFiles.continue', { name: respondent.name })}
            </button>
            <Link className="button" href={`/assessments/${assessment.id}/team`}>
              {t('respondentFiles.openTeam')}
            </Link>
          </div>
        </>
      )}
      {existing !== null && existing !== 'none' && !existing.hasRespondent && (
        <p className="notice notice--error" role="alert">
          {t('respondentFiles.packExists', { assessment: title, name: respondent.name })}
        </p>
      )}
    </article>
  );
}
