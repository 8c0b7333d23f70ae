import { useTranslation } from 'react-i18next';

import type { Comparison } from '../../domain/compare/build-comparison';
import { markStatus } from '../../domain/report/score-text';
import { useLanguage } from '../../i18n/use-language';
import { MarkedScore } from '../../components/marked-score';
import { Tag } from '../../components/tag';
import { useScoreText } from '../../components/use-score-text';
import { TableScroll } from '../../components/table-scroll';
import { TrendTable } from '../../components/trend-table';

/** The comparison as tables: scores with the difference to the baseline, the ranking, and the trend over years. */
export function ComparisonTables({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const format = useScoreText();
  const title = (column: { name: string; year: number | undefined }) =>
    column.year === undefined ? column.name : `${column.name} ${column.year}`;
  // The difference to the baseline, after the score; none in the baseline's own column.
  const diffText = (value: number | null, diff: number | null, isBaseline: boolean) =>
    value === null || isBaseline || diff === null ? undefined : ` (${format.signed(diff)})`;
  const byId = new Map(comparison.columns.map((c) => [c.id, c]));

  return (
    <>
      <TableScroll label={t('compare.tableCaption')}>
        <table className="score-table compare-table">
          <caption>{t('compare.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.columns.criterion')}</th>
              {comparison.columns.map((column) => (
                <th scope="col" key={column.id}>
                  {title(column)}
                  {column.id === comparison.baselineId && <Tag>{t('compare.baselineTag')}</Tag>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.criterionId}>
                <th scope="row">{localize(row.name)}</th>
                {comparison.columns.map((column, i) => (
                  <td key={column.id}>
                    <MarkedScore
                      score={row.scores[i] ?? null}
                      status={markStatus(row.provisional[i] ?? false, row.ranges[i] ?? null)}
                      after={diffText(
                        row.scores[i] ?? null,
                        row.diffs[i] ?? null,
                        column.id === comparison.baselineId,
                      )}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('results.overallRow')}</th>
              {comparison.columns.map((column) => (
                <td key={column.id}>
                  <MarkedScore
                    score={column.overall}
                    status={column}
                    after={diffText(column.overall, column.diffOverall, column.id === comparison.baselineId)}
                  />
                </td>
              ))}
            </tr>
            {!comparison.isOneCommunity && (
              <tr>
                <th scope="row">{t('compare.rank')}</th>
                {comparison.columns.map((column) => (
                  <td key={column.id}>{column.rank ?? '—'}</td>
                ))}
              </tr>
            )}
          </tfoot>
        </table>
      </TableScroll>

      {comparison.isOneCommunity ? (
        <p>{t('compare.notRanked', { community: comparison.columns[0]?.name ?? '' })}</p>
      ) : (
        <>
          <h3 id="compare-ranking-heading">{t('compare.rankingHeading')}</h3>
          <ul className="ranking" aria-labelledby="compare-ranking-heading">
            {comparison.ranking.map((id) => {
              const column = byId.get(id);
              if (!column) return null;
              return (
                <li key={id}>
                  {t('compare.rankingItem', {
                    rank: column.rank ?? '—',
                    title: title(column),
                    score: format.score(column.overall),
                    band: format.qualifier(column.overall, column),
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {comparison.trend && (
        <TrendTable
          trend={comparison.trend}
          caption={t('compare.trendCaption', { community: comparison.trend.community })}
        />
      )}
    </>
  );
}
