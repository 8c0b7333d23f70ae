import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { TrendTable } from '../../components/trend-table';
import type { Trend } from '../../domain/insights/build-trend';
import { listFormat } from '../../domain/intl-formats';
import { useLanguage } from '../../i18n/use-language';

// recharts is fetched only when a chart is shown, as for the radar.
const TrendCharts = lazy(() => import('../../components/trend-chart'));

/** The community over the years: a small line chart per criterion and the overall, then the same as a table. */
export function TrendSection({ trend }: { trend: Trend }) {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const years = listFormat(language, { type: 'conjunction' }).format(
    trend.overall.map((p) => String(p.year)),
  );
  const line = (id: string, title: string, points: Trend['overall']) => ({
    id,
    title,
    points,
    description: t('trend.chartDescription', { name: title, years }),
  });
  const lines = [
    line('overall', t('trend.overall'), trend.overall),
    ...trend.criteria.map((c) => line(c.criterionId, localize(c.name), c.points)),
  ];
  const hasProvisional = lines.some((l) => l.points.some((p) => p.isProvisional));
  return (
    <section className="trend" aria-labelledby="trend-heading">
      <h2 id="trend-heading">{t('trend.heading')}</h2>
      <p className="muted">{t('trend.intro', { community: trend.community, years })}</p>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <TrendCharts lines={lines} />
      </Suspense>
      {hasProvisional && <p className="muted">{t('trend.provisionalKey')}</p>}
      <TrendTable trend={trend} caption={t('trend.tableCaption')} />
    </section>
  );
}
