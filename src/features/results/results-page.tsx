import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { formatAssessmentTitle } from '../../domain/report/assessment-title';
import { buildResults, buildResultsRadar } from '../../domain/insights/build-results';
import { PageHeading } from '../../components/page-heading';
import { AssessmentUnavailable } from '../../components/assessment-unavailable';
import { NARROW_SCREEN, useMediaQuery } from '../../components/use-media-query';
import { ProfileFacts } from '../../components/profile-facts';
import { TeamBar } from '../../components/team-bar';
import { useFramework } from '../../framework/use-framework';
import { useLanguage } from '../../i18n/use-language';
import { readSummaries, useAssessment, useAssessmentStore } from '../../persistence/assessment-store';
import { buildCommunityTrend } from '../../domain/insights/build-trend';
import { ChangedAnswers } from './changed-answers';
import { TrendSection } from './trend-section';
import { useResultsFormat } from './results-format';
import { ScoreTable } from './score-table';
import { OpportunityList } from './opportunity-list';
import { StillToAnswerList } from './still-to-answer-list';
import { ReportExport } from './report-export';
import { TargetsEditor } from './targets-editor';
import { WeightsEditor } from './weights-editor';
import { listFormat } from '../../domain/intl-formats';

/** This screen's name in the team's presence ("Lan: the results"). */
const RESULTS_STEP = 'results';

// recharts (≈100 KB gzipped) is fetched only when a chart is shown.
const RadarChart = lazy(() => import('../../components/radar-chart'));

/** Where the community stands, how sure the scores are, and what would move them most. */
export default function ResultsPage({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const format = useResultsFormat();
  const framework = useFramework();
  const view = useAssessment(assessmentId);
  const basedOn = view.status === 'ready' ? view.assessment.basedOn : undefined;
  // The index holds what a trend needs (values, weights), not the long texts.
  const index = useAssessmentStore((s) => s.index);
  const summaries = useMemo(() => readSummaries(index), [index]);
  const previous = basedOn === undefined ? undefined : summaries.get(basedOn);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isNarrow = useMediaQuery(NARROW_SCREEN);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [assessmentId, view.status]);

  if (view.status !== 'ready') return <AssessmentUnavailable view={view} headingRef={headingRef} />;

  const { assessment } = view;
  const results = buildResults(framework, assessment, previous);
  const trend = buildCommunityTrend(framework, assessment, summaries);
  const radar = buildResultsRadar(results, previous !== undefined);
  const title = formatAssessmentTitle(assessment.profile);
  const names = (list: typeof results.strengths) =>
    listFormat(language, { type: 'conjunction' }).format(
      list.map((c) => t('results.namedScore', { name: localize(c.name), score: format.inline(c.score, c) })),
    );
  const previousTitle = previous ? formatAssessmentTitle(previous.profile) : '';

  return (
    <article className="results" aria-labelledby="results-heading">
      <PageHeading id="results-heading" headingRef={headingRef} title={t('results.heading', { title })}>
        <div className="button-row">
          <Link className="button" href={`/assessments/${assessment.id}/profile`}>
            {t('results.editAnswers')}
          </Link>
          <Link className="button" href={`/assessments/${assessment.id}/team`}>
            {(assessment.respondents?.length ?? 0) > 0
              ? t('team.linkWithCount', { count: assessment.respondents?.length ?? 0 })
              : t('team.link')}
          </Link>
          <Link className="button" href="/method">
            {t('results.methodLink')}
          </Link>
        </div>
      </PageHeading>
      <TeamBar assessmentId={assessment.id} step={RESULTS_STEP} framework={framework} />
      <ProfileFacts profile={assessment.profile} />
      {assessment.illustrative && <p className="badge">{t('example.badge')}</p>}

      {results.overall === null ? (
        <div className="notice">
          <p>{t('results.nothingAnswered')}</p>
          <Link className="button button--primary" href={`/assessments/${assessment.id}/broadband`}>
            {t('results.startAnswering')}
          </Link>
        </div>
      ) : (
        <>
          <section className="overall" aria-labelledby="overall-heading">
            <h2 id="overall-heading" className="visually-hidden">
              {t('results.overallHeading')}
            </h2>
            <p className="overall__score">
              <span className="overall__number">{format.score(results.overall)}</span>
              <span className="overall__scale">{t('results.outOf100')}</span>
            </p>
            <div>
              {results.band ? (
                <>
                  <p className="overall__band">{localize(results.band.name)}</p>
                  <p className="muted">{localize(results.band.description)}</p>
                </>
              ) : (
                <>
                  <p className="overall__band">{t('results.provisionalOverall')}</p>
                  <p className="overall__range">{format.standing(results.overall, results)}</p>
                  <p className="muted">{t('results.provisionalWhy')}</p>
                </>
              )}
              <p className={results.hasCustomWeights ? 'badge' : 'muted'}>
                {t(results.hasCustomWeights ? 'results.customWeights' : 'results.equalWeights')}
              </p>
              <p className="muted">
                {t('list.answered', {
                  done: results.progress.done,
                  total: results.progress.total,
                  percent: format.percent(
                    results.progress.total === 0 ? 0 : results.progress.done / results.progress.total,
                  ),
                })}
              </p>
              {results.progress.toConfirm > 0 && (
                <p className="notice carried-over-note">
                  {t('results.toConfirm', { count: results.progress.toConfirm })}{' '}
                  <Link href={`/assessments/${assessment.id}/review`}>{t('results.reviewToConfirm')}</Link>
                </p>
              )}
              {previous && results.previousOverall !== null && (
                <p className="muted">
                  {t('results.previousOverall', {
                    title: previousTitle,
                    score: format.score(results.previousOverall),
                  })}
                </p>
              )}
            </div>
          </section>

          <ReportExport framework={framework} assessment={assessment} previous={previous} />

          <section className="results__chart" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{t('results.chartHeading')}</h2>
            <div className="results__chart-grid">
              <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
                <RadarChart
                  model={radar}
                  axisLabel={(axis) =>
                    axis.isProvisional
                      ? t('results.provisionalName', { name: localize(axis.name) })
                      : localize(axis.name)
                  }
                  seriesLabel={(series) =>
                    'key' in series.label
                      ? t(`results.series.${series.label.key}`, { title: previousTitle })
                      : series.label.text
                  }
                  description={t('results.chartDescription')}
                  compact={isNarrow}
                />
              </Suspense>
              <ScoreTable
                results={results}
                hasPrevious={previous !== undefined}
                previousTitle={previousTitle}
              />
            </div>
          </section>

          {trend && <TrendSection trend={trend} />}

          {previous && (
            <ChangedAnswers
              framework={framework}
              assessment={assessment}
              previous={previous}
              title={title}
              previousTitle={previousTitle}
            />
          )}

          <section aria-labelledby="insights-heading">
            <h2 id="insights-heading">{t('results.insightsHeading')}</h2>
            <p>
              {t('results.strengths', { names: names(results.strengths), count: results.strengths.length })}
            </p>
            {results.gaps.length > 0 && (
              <p>{t('results.gaps', { names: names(results.gaps), count: results.gaps.length })}</p>
            )}
            {results.criteria.some((c) => c.isProvisional && c.score !== null) && (
              <p className="muted">{t('results.provisionalNote')}</p>
            )}
          </section>

          <OpportunityList assessmentId={assessment.id} opportunities={results.opportunities} />
          <StillToAnswerList assessmentId={assessment.id} questions={results.stillToAnswer} />
          <TargetsEditor assessmentId={assessment.id} results={results} />
          <WeightsEditor
            assessmentId={assessment.id}
            framework={framework}
            weights={assessment.weights}
            results={results}
          />
        </>
      )}
    </article>
  );
}
