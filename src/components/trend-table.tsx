import { useTranslation } from 'react-i18next';

import type { Trend } from '../domain/insights/build-trend';
import { markStatus } from '../domain/report/score-text';
import { useLanguage } from '../i18n/use-language';
import { MarkedScore } from './marked-score';
import { TableScroll } from './table-scroll';
import { useScoreText } from './use-score-text';

/**
 * A community's scores over the years, a column a year, and the change from the first year to the
 * last: the numbers of the trend charts, and compare's over-the-years table.
 */
export function TrendTable({ trend, caption }: { trend: Trend; caption: string }) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const format = useScoreText();
  const first = trend.overall[0]?.year;
  const last = trend.overall.at(-1)?.year;
  return (
    <TableScroll label={caption}>
      <table className="score-table compare-table trend-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.columns.criterion')}</th>
            {trend.overall.map((point) => (
              <th scope="col" key={point.assessmentId}>
                {point.year}
              </th>
            ))}
            <th scope="col">{t('trend.change', { from: first, to: last })}</th>
          </tr>
        </thead>
        <tbody>
          {trend.criteria.map((criterion) => (
            <tr key={criterion.criterionId}>
              <th scope="row">{localize(criterion.name)}</th>
              {criterion.points.map((point) => (
                <td key={point.assessmentId}>
                  <MarkedScore score={point.score} status={markStatus(point.isProvisional, point.range)} />
                </td>
              ))}
              <td>{format.signed(criterion.change)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('results.overallRow')}</th>
            {trend.overall.map((point) => (
              <td key={point.assessmentId}>
                <MarkedScore score={point.score} status={markStatus(point.isProvisional, point.range)} />
              </td>
            ))}
            <td>{format.signed(trend.overallChange)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
