import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

import { AssessmentLinks, PageHeading } from '../../components/page-heading';
import { useAnsweringAsStore } from '../../components/answering-as-store';
import { AssessmentUnavailable } from '../../components/assessment-unavailable';
import { Dialog } from '../../components/dialog';
import { TableScroll } from '../../components/table-scroll';
import { NARROW_SCREEN, useMediaQuery } from '../../components/use-media-query';
import { useScoreText } from '../../components/use-score-text';
import { formatAssessmentTitle } from '../../domain/report/assessment-title';
import type { Assessment, Respondent } from '../../domain/assessment/assessment-schema';
import { isAssignedEverything, listAssignedQuestionIds } from '../../domain/assessment/assignment';
import type { Framework } from '../../domain/criteria/criterion-schema';
import { indexQuestions } from '../../domain/criteria/index-questions';
import { numberFormat } from '../../domain/intl-formats';
import { createAnswerText } from '../../domain/report/answer-text';
import { listContested, measureCriterionBands } from '../../domain/scoring/disagreement';
import { scoreAssessment } from '../../domain/scoring/score-assessment';
import { useFramework } from '../../framework/use-framework';
import { useLanguage } from '../../i18n/use-language';
import { useAssessment, useAssessmentStore } from '../../persistence/assessment-store';
import '../../i18n/team-page-i18n';
import { AssignmentEditor } from './assignment-editor';
import { BandRadar } from './band-radar';
import { RespondentFiles } from './respondent-files';
import { RespondentForm } from './respondent-form';
import { ReturnedFiles } from './returned-files';

function describeAssignment(
  framework: Framework,
  respondent: Respondent,
  t: TFunction,
  localize: ReturnType<typeof useLanguage>['localize'],
): string {
  if (isAssignedEverything(respondent)) return t('team.assign.everything');
  const names = framework.criteria
    .filter((c) => respondent.criteria?.includes(c.id))
    .map((c) => localize(c.name));
  const single = respondent.questions?.length ?? 0;
  return [...names, ...(single > 0 ? [t('team.assign.questionCount', { count: single })] : [])].join('; ');
}

function RespondentItem({
  framework,
  assessment,
  respondent,
}: {
  framework: Framework;
  assessment: Assessment;
  respondent: Respondent;
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const [, navigate] = useLocation();
  const { updateRespondent, removeRespondent, setAssignment } = useAssessmentStore.getState();
  const setAnsweringAs = useAnsweringAsStore((s) => s.setAnsweringAs);
  const [mode, setMode] = useState<'view' | 'edit' | 'assign'>('view');
  const [isRemoving, setRemoving] = useState(false);
  const assigned = listAssignedQuestionIds(framework, respondent);
  const given = assessment.responses?.[respondent.id] ?? {};
  const answered = assigned.filter((id) => given[id]?.value !== undefined).length;
  const headingId = `respondent-${respondent.id}`;
  const firstCriterion = framework.criteria.find((c) => c.questions.some((q) => assigned.includes(q.id)));
  return (
    <li className="respondent" aria-labelledby={headingId}>
      {mode === 'edit' ? (
        <RespondentForm
          label={t('common.actionOn', { action: t('team.edit'), name: respondent.name })}
          initial={respondent}
          submitLabel={t('team.form.save')}
          onSubmit={(fields) => {
            updateRespondent(assessment.id, respondent.id, fields);
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      ) : (
        <>
          <h3 id={headingId} className="respondent__name">
            {respondent.name}
          </h3>
          {(respondent.organisation || respondent.role) && (
            <p className="respondent__org">
              {[respondent.organisation, respondent.role].filter(Boolean).join(' · ')}
            </p>
          )}
          <p className="muted">
            {t('team.assignedTo', { what: describeAssignment(framework, respondent, t, localize) })}
          </p>
          <p className="muted">{t('team.answeredCount', { done: answered, total: assigned.length })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => {
                setAnsweringAs(assessment.id, respondent.id);
                navigate(`/assessments/${assessment.id}/${firstCriterion?.id ?? 'review'}`);
              }}
            >
              {t('team.answerAs', { name: respondent.name })}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={t('common.actionOn', { action: t('team.edit'), name: respondent.name })}
              onClick={() => setMode('edit')}
            >
              {t('team.edit')}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-expanded={mode === 'assign'}
              aria-label={t('common.actionOn', { action: t('team.assign.button'), name: respondent.name })}
              onClick={() => setMode(mode === 'assign' ? 'view' : 'assign')}
            >
              {t('team.assign.button')}
            </button>
            <button
              type="button"
              className="button button--small button--danger-quiet"
              aria-label={t('common.actionOn', { action: t('team.remove'), name: respondent.name })}
              onClick={() => setRemoving(true)}
            >
              {t('team.remove')}
            </button>
          </div>
          {mode === 'assign' && (
            <AssignmentEditor
              framework={framework}
              respondent={respondent}
              onChange={(assignment) => setAssignment(assessment.id, respondent.id, assignment)}
            />
          )}
          <RespondentFiles framework={framework} assessment={assessment} respondent={respondent} />
        </>
      )}
      <Dialog
        isOpen={isRemoving}
        onClose={() => setRemoving(false)}
        title={t('team.removeTitle', { name: respondent.name })}
      >
        <p>{t('team.removeWarning', { count: Object.keys(given).length })}</p>
        <div className="button-row">
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              removeRespondent(assessment.id, respondent.id);
              setRemoving(false);
            }}
          >
            {t('team.removeConfirm')}
          </button>
          <button type="button" className="button" onClick={() => setRemoving(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </Dialog>
    </li>
  );
}

/**
 * A team's assessment: who answers what, the second round, the questions where respondents
 * disagree most, and each criterion's band across respondents.
 */
export default function TeamPage({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const framework = useFramework();
  const view = useAssessment(assessmentId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const format = useScoreText();
  const setAnsweringAs = useAnsweringAsStore((s) => s.setAnsweringAs);
  const isNarrow = useMediaQuery(NARROW_SCREEN);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [assessmentId, view.status]);

  if (view.status !== 'ready') return <AssessmentUnavailable view={view} headingRef={headingRef} />;
  const { assessment } = view;
  const { addRespondent, setRound } = useAssessmentStore.getState();
  const respondents = assessment.respondents ?? [];
  const title = formatAssessmentTitle(assessment.profile);
  const text = createAnswerText(framework, language, (key, values) => t(key as 'answerText.na', values));
  const questions = indexQuestions(framework);
  const contested = listContested(framework, assessment.responses);
  const bands = measureCriterionBands(framework, assessment.responses, assessment.weights);
  const scores = scoreAssessment(framework, assessment);
  const whole = numberFormat(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const bandNumber = (value: number | null) => (value === null ? '—' : whole.format(value));
  const isSecondRound = assessment.round === 2;

  return (
    <article className="team" aria-labelledby="team-heading">
      <PageHeading id="team-heading" headingRef={headingRef} title={t('team.heading', { title })}>
        <AssessmentLinks assessmentId={assessment.id} />
      </PageHeading>
      <p className="lead">{t('team.intro')}</p>

      <section aria-labelledby="respondents-heading">
        <h2 id="respondents-heading">{t('team.respondentsHeading', { count: respondents.length })}</h2>
        {respondents.length === 0 ? (
          <p>{t('team.noRespondents')}</p>
        ) : (
          <ul className="respondents">
            {respondents.map((respondent) => (
              <RespondentItem
                key={respondent.id}
                framework={framework}
                assessment={assessment}
                respondent={respondent}
              />
            ))}
          </ul>
        )}
        <section className="respondent-add" aria-labelledby="add-respondent-heading">
          <h3 id="add-respondent-heading">{t('team.addHeading')}</h3>
          <RespondentForm
            submitLabel={t('team.add')}
            onSubmit={(fields) => addRespondent(assessment.id, fields)}
          />
        </section>
      </section>

      {respondents.length > 0 && <ReturnedFiles framework={framework} assessment={assessment} />}

      {respondents.length > 0 && (
        <section aria-labelledby="round-heading">
          <h2 id="round-heading">{t('team.round.heading')}</h2>
          <p>{t(isSecondRound ? 'team.round.second' : 'team.round.first')}</p>
          <button
            type="button"
            className="button"
            onClick={() => setRound(assessment.id, isSecondRound ? 1 : 2)}
          >
            {t(isSecondRound ? 'team.round.close' : 'team.round.open')}
          </button>
        </section>
      )}

      {respondents.length > 0 && (
        <section aria-labelledby="contested-heading">
          <h2 id="contested-heading">{t('team.contested.heading', { count: contested.length })}</h2>
          <p className="muted">{t('team.contested.intro')}</p>
          {contested.length === 0 ? (
            <p>{t('team.contested.none')}</p>
          ) : (
            <ol className="contested">
              {contested.map((entry) => {
                const found = questions.get(entry.questionId);
                const criterion = framework.criteria.find((c) => c.id === entry.criterionId);
                return (
                  <li key={entry.questionId} className="contested__item">
                    <Link
                      href={`/assessments/${assessment.id}/${entry.criterionId}/${entry.questionId}`}
                      onClick={() => setAnsweringAs(assessment.id, undefined)}
                    >
                      {found ? localize(found.question.prompt) : entry.questionId}
                    </Link>
                    <p className="muted contested__facts">
                      {t('team.contested.facts', {
                        criterion: criterion ? localize(criterion.name) : entry.criterionId,
                        spread: text.spread(entry.spread),
                        count: entry.scoredResponses,
                      })}
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      )}

      {respondents.length > 0 && (
        <section className="team__bands" aria-labelledby="bands-heading">
          <h2 id="bands-heading">{t('team.bands.heading')}</h2>
          <p className="muted">{t('team.bands.intro')}</p>
          <div className="results__chart-grid">
            <BandRadar
              axes={framework.criteria.map((criterion, i) => ({
                label: localize(criterion.name),
                low: bands[i]?.low ?? null,
                high: bands[i]?.high ?? null,
                score: scores.criteria[i]?.score ?? null,
              }))}
              description={t('team.bands.description')}
              legend={{ band: t('team.bands.legendBand'), score: t('team.bands.legendScore') }}
              compact={isNarrow}
            />
            <TableScroll label={t('team.bands.tableLabel')}>
              <table className="score-table">
                <caption>{t('team.bands.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('team.bands.criterion')}</th>
                    <th scope="col">{t('team.bands.lowest')}</th>
                    <th scope="col">{t('team.bands.highest')}</th>
                    <th scope="col">{t('team.bands.respondents')}</th>
                    <th scope="col">{t('team.bands.score')}</th>
                  </tr>
                </thead>
                <tbody>
                  {framework.criteria.map((criterion, i) => {
                    const band = bands[i];
                    const score = scores.criteria[i];
                    return (
                      <tr key={criterion.id}>
                        <th scope="row">{localize(criterion.name)}</th>
                        <td>{bandNumber(band?.low ?? null)}</td>
                        <td>{bandNumber(band?.high ?? null)}</td>
                        <td>{band?.respondents ?? 0}</td>
                        <td>{score ? format.withMark(score.score, score) : '—'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          </div>
        </section>
      )}
    </article>
  );
}
