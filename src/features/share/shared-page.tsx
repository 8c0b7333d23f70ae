import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import { formatAssessmentTitle } from '../../domain/report/assessment-title';
import { withFrameworkVersion } from '../../domain/assessment/import-file';
import { buildResults, buildResultsRadar } from '../../domain/insights/build-results';
import { PageHeading } from '../../components/page-heading';
import { LinkRefused } from '../../components/link-refused';
import { useDecodedLink } from '../../components/use-decoded-link';
import { useNameCopy } from '../../components/use-name-copy';
import { MarkedScore } from '../../components/marked-score';
import { useScoreText } from '../../components/use-score-text';
import { useFramework } from '../../framework/use-framework';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentStore } from '../../persistence/assessment-store';
import { decodeShareLink } from '../../persistence/share-link';
import { TableScroll } from '../../components/table-scroll';
import { NARROW_SCREEN, useMediaQuery } from '../../components/use-media-query';

const RadarChart = lazy(() => import('../../components/radar-chart'));

/**
 * An assessment opened from a link: read-only, nothing saved until the reader chooses to import it.
 * The whole assessment is in the link's fragment, which browsers never send to a server.
 */
export default function SharedPage({ payload }: { payload: string }) {
  const { t } = useTranslation();
  const isNarrow = useMediaQuery(NARROW_SCREEN);
  const { localize } = useLanguage();
  const format = useScoreText();
  const framework = useFramework();
  const [, navigate] = useLocation();
  const { decoded, headingRef } = useDecodedLink(decodeShareLink, payload, framework);
  const importAssessments = useAssessmentStore((s) => s.importAssessments);
  const index = useAssessmentStore((s) => s.index);
  const nameCopy = useNameCopy();

  if (decoded === null) return <p role="status">{t('app.loading')}</p>;
  if (!decoded.ok)
    return <LinkRefused issues={decoded.errors} framework={framework} headingRef={headingRef} />;

  const { assessment, frameworkVersion } = decoded.value;
  const results = buildResults(framework, assessment);
  const title = formatAssessmentTitle(assessment.profile);
  const exists = index.has(assessment.id);
  const importIt = async () => {
    const {
      ids: [id],
    } = await importAssessments(
      [
        {
          assessment: withFrameworkVersion(assessment, frameworkVersion, framework.version),
          onConflict: 'keep-both',
        },
      ],
      nameCopy,
    );
    if (id) navigate(`/assessments/${id}/results`);
  };

  return (
    <article className="results shared" aria-labelledby="shared-heading">
      <PageHeading id="shared-heading" headingRef={headingRef} title={t('share.heading', { title })}>
        <button type="button" className="button button--primary" onClick={() => void importIt()}>
          {t(exists ? 'share.importCopy' : 'share.import')}
        </button>
      </PageHeading>
      <p className="notice">{t('share.readOnly')}</p>
      {assessment.illustrative && <p className="badge">{t('example.badge')}</p>}
      {results.progress.toConfirm > 0 && (
        <p className="notice">{t('results.toConfirm', { count: results.progress.toConfirm })}</p>
      )}
      <section aria-labelledby="shared-scores-heading">
        <h2 id="shared-scores-heading">
          {t('share.overall', {
            score: format.score(results.overall),
            band: format.qualifier(results.overall, results),
          })}
        </h2>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <RadarChart
            model={buildResultsRadar(results, false)}
            axisLabel={(axis) => localize(axis.name)}
            seriesLabel={() => title}
            description={t('results.chartDescription')}
            compact={isNarrow}
          />
        </Suspense>
        <TableScroll label={t('results.tableCaption')}>
          <table className="score-table">
            <caption>{t('results.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.columns.criterion')}</th>
                <th scope="col">{t('results.columns.score')}</th>
                <th scope="col">{t('results.columns.band')}</th>
                <th scope="col">{t('results.columns.coverage')}</th>
              </tr>
            </thead>
            <tbody>
              {results.criteria.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{localize(c.name)}</th>
                  <td>
                    <MarkedScore score={c.score} status={c} />
                  </td>
                  <td>{format.band(c.score, c)}</td>
                  <td>{t('results.coverage', { answered: c.answered, questions: c.questions })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </article>
  );
}
