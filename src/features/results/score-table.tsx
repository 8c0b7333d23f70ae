import { useTranslation } from 'react-i18next';

import type { ResultsModel } from '../../domain/insights/build-results';
import { useLanguage } from '../../i18n/use-language';
import { useResultsFormat } from './results-format';
import { MarkedScore } from '../../components/marked-score';
import { TableScroll } from '../../components/table-scroll';

const QUALITIES = ['measured', 'estimated', 'opinion', 'unstated'] as const;

/** The chart's numbers as a table: the accessible equivalent, and what a reader copies into a report. */
export function ScoreTable({
  results,
  hasPrevious,
  previousTitle,
}: {
  results: ResultsModel;
  hasPrevious: boolean;
  previousTitle: string;
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const format = useResultsFormat();
  const hasTargets = results.criteria.some((c) => c.target !== null);
  return (
    <TableScroll label={t('results.tableCaption')}>
      <table className="score-table">
        <caption>{t('results.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.columns.criterion')}</th>
            <th scope="col">{t('results.columns.score')}</th>
            <th scope="col">{t('results.columns.band')}</th>
            <th scope="col">{t('results.columns.coverage')}</th>
            <th scope="col">{t('results.columns.evidence')}</th>
            {hasTargets && <th scope="col">{t('results.columns.target')}</th>}
            {hasPrevious && <th scope="col">{t('results.columns.previous', { title: previousTitle })}</th>}
          </tr>
        </thead>
        <tbody>
          {results.criteria.map((c) => (
            <tr key={c.id} data-criterion={c.id}>
              <th scope="row">{localize(c.name)}</th>
              <td className="score-table__score">
                <MarkedScore score={c.score} status={c} />
              </td>
              <td>{format.band(c.score, c)}</td>
              <td>
                {t('results.coverage', { answered: c.answered, questions: c.questions })}
                {c.na > 0 && `; ${t('results.coverageNA', { count: c.na })}`}
              </td>
              <td>
                {c.evidence.answered === 0
                  ? '—'
                  : [
                      t('results.evidence', {
                        withEvidence: c.evidence.withEvidence,
                        answered: c.evidence.answered,
                      }),
                      ...QUALITIES.filter((q) => c.evidence.quality[q] > 0).map((q) =>
                        t(`results.quality.${q}`, { count: c.evidence.quality[q] }),
                      ),
                    ].join('; ')}
              </td>
              {hasTargets && (
                <td>
                  {c.target === null
                    ? '—'
                    : c.gap === null
                      ? format.score(c.target)
                      : t('results.targetWithGap', {
                          target: format.score(c.target),
                          gap: format.signed(c.gap),
                        })}
                </td>
              )}
              {hasPrevious && <td>{format.score(c.previous)}</td>}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('results.overallRow')}</th>
            <td className="score-table__score">
              <MarkedScore score={results.overall} status={results} />
            </td>
            <td>{format.band(results.overall, results)}</td>
            <td colSpan={2 + (hasTargets ? 1 : 0)}>
              {t(results.hasCustomWeights ? 'results.customWeights' : 'results.equalWeights')}
            </td>
            {hasPrevious && <td>{format.score(results.previousOverall)}</td>}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
