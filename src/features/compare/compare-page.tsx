import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import { ReportLanguageSelect } from '../../components/report-language-select';
import { NARROW_SCREEN, useMediaQuery } from '../../components/use-media-query';
import { WeightSliders } from '../../components/weight-sliders';
import { formatAssessmentTitle } from '../../domain/report/assessment-title';
import { buildComparison, MAX_COMPARED, MIN_COMPARED } from '../../domain/compare/build-comparison';
import type { Language } from '../../domain/language';
import { useFramework } from '../../framework/use-framework';
import { useLanguage } from '../../i18n/use-language';
import { readSummaries, useAssessmentStore } from '../../persistence/assessment-store';
import { ComparisonTables } from './comparison-tables';
import { decodeCompareState, encodeCompareState, type CompareState } from './compare-url';

const RadarChart = lazy(() => import('../../components/radar-chart'));

/** Two to eight assessments side by side: one radar, one table, a ranking, and what makes it shaky. */
const LAST_COMPARISON_KEY = 'icf-last-comparison';

/** The last comparison this tab showed, so the menu's "Compare" opens it again. */
function rememberComparison(segment: string) {
  try {
    window.sessionStorage.setItem(LAST_COMPARISON_KEY, segment);
  } catch {
    // Storage refused (private mode): the address still holds the comparison.
  }
}

function recallComparison(): string {
  try {
    return window.sessionStorage.getItem(LAST_COMPARISON_KEY) ?? '';
  } catch {
    return '';
  }
}

export default function ComparePage({ state }: { state?: string | undefined }) {
  const { t } = useTranslation();
  const isNarrow = useMediaQuery(NARROW_SCREEN);
  const { language: uiLanguage, localize } = useLanguage();
  const framework = useFramework();
  const index = useAssessmentStore((s) => s.index);
  const assessments = useMemo(() => readSummaries(index), [index]);
  const [, navigate] = useLocation();
  // The comparison lives in the address: ticked assessments, baseline and what-if weights.
  const current = useMemo(() => decodeCompareState(state), [state]);
  const isListed = useAssessmentStore((s) => s.storage !== 'starting');
  const selected = isListed ? current.ids.filter((id) => assessments.has(id)) : current.ids;
  const { baselineId, weights } = current;
  const show = (next: CompareState) => {
    const segment = encodeCompareState(next);
    rememberComparison(segment);
    navigate(segment ? `/compare/${segment}` : '/compare', { replace: true });
  };
  const setBaselineId = (id: string) => show({ ...current, ids: selected, baselineId: id });
  const setWeights = (next: Record<string, number> | undefined) =>
    show({ ...current, ids: selected, weights: next });
  const [reportLanguage, setReportLanguage] = useState<Language>(uiLanguage);
  const [exportStatus, setExportStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    const last = recallComparison();
    if (!state && last) navigate(`/compare/${last}`, { replace: true });
    // Only on arrival: later changes of the address are this screen's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const choices = [...assessments.values()].sort((a, b) =>
    formatAssessmentTitle(a.profile).localeCompare(formatAssessmentTitle(b.profile), uiLanguage),
  );
  const compared = selected
    .map((id) => assessments.get(id))
    .filter((a) => a !== undefined)
    .map((assessment) => ({ assessment, frameworkVersion: assessment.frameworkVersion }));
  const comparison =
    compared.length >= MIN_COMPARED
      ? buildComparison(framework, compared, { weights, baselineId, currentVersion: framework.version })
      : null;
  const isFull = selected.length >= MAX_COMPARED;

  const toggle = (id: string, isOn: boolean) =>
    show({
      ...current,
      ids: isOn ? [...selected, id].slice(0, MAX_COMPARED) : selected.filter((x) => x !== id),
      baselineId: !isOn && baselineId === id ? undefined : baselineId,
    });

  const exportReport = async (format: 'pdf' | 'docx') => {
    if (!comparison) return;
    setExportStatus(t('export.working'));
    try {
      const request = { framework, comparison, weights, language: reportLanguage };
      // Each format's code loads on its first use.
      const { fileName: file, missingCharacters } =
        format === 'pdf'
          ? await (
              await import('../../pdf/export-comparison')
            ).downloadComparisonPdf({ ...request, paper: 'a4' })
          : await (await import('../../docx/export-comparison-docx')).downloadComparisonDocx(request);
      setExportStatus(
        [
          t('export.done', { file }),
          ...(missingCharacters.length > 0
            ? [t('export.missingCharacters', { characters: missingCharacters.join(' ') })]
            : []),
        ].join(' '),
      );
    } catch (error) {
      setExportStatus(t('export.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <article className="compare results" aria-labelledby="compare-heading">
      <h1 id="compare-heading" ref={headingRef} tabIndex={-1}>
        {t('compare.heading')}
      </h1>
      <section aria-labelledby="compare-pick-heading">
        <h2 id="compare-pick-heading">{t('compare.pickHeading')}</h2>
        <p className="muted">{t('compare.pickIntro', { min: MIN_COMPARED, max: MAX_COMPARED })}</p>
        {choices.length < MIN_COMPARED ? (
          <p>{t('compare.notEnough')}</p>
        ) : (
          <fieldset className="choices compare__choices">
            <legend className="visually-hidden">{t('compare.pickHeading')}</legend>
            {choices.map((assessment) => {
              const isOn = selected.includes(assessment.id);
              return (
                <label key={assessment.id} className="choice choice--check">
                  <input
                    type="checkbox"
                    checked={isOn}
                    disabled={!isOn && isFull}
                    onChange={(event) => toggle(assessment.id, event.target.checked)}
                  />
                  <span className="choice__title">
                    {formatAssessmentTitle(assessment.profile)}
                    {assessment.illustrative && <span className="tag">{t('compare.illustrative')}</span>}
                  </span>
                </label>
              );
            })}
          </fieldset>
        )}
        {isFull && <p className="muted">{t('compare.full', { max: MAX_COMPARED })}</p>}
      </section>

      {comparison && (
        <>
          {comparison.warnings.length > 0 && (
            // A div, not a section: `.results section` would style it as a card, not a warning.
            <div className="notice notice--warning" role="region" aria-labelledby="compare-warnings-heading">
              <h2 id="compare-warnings-heading" className="notice__title">
                {t('compare.warningsHeading')}
              </h2>
              <ul>
                {comparison.warnings.map((warning) => (
                  <li key={warning.kind}>
                    {warning.kind === 'framework-versions'
                      ? t('compare.warnVersions', { versions: warning.versions.join(', ') })
                      : t(
                          warning.kind === 'custom-weights'
                            ? 'compare.warnWeights'
                            : 'compare.warnProvisional',
                          {
                            names: warning.assessmentIds
                              .map((id) =>
                                formatAssessmentTitle(assessments.get(id)?.profile ?? { name: id }),
                              )
                              .join(', '),
                            count: warning.assessmentIds.length,
                          },
                        )}
                  </li>
                ))}
              </ul>
            </div>
          )}

          <section aria-labelledby="compare-chart-heading">
            <h2 id="compare-chart-heading">{t('compare.chartHeading')}</h2>
            <div className="field">
              <label className="field__label" htmlFor="compare-baseline">
                {t('compare.baseline')}
              </label>
              <select
                id="compare-baseline"
                className="input input--select"
                value={comparison.baselineId}
                onChange={(event) => setBaselineId(event.target.value)}
              >
                {comparison.columns.map((column) => (
                  <option key={column.id} value={column.id}>
                    {column.year === undefined ? column.name : `${column.name} ${column.year}`}
                  </option>
                ))}
              </select>
            </div>
            <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
              <RadarChart
                model={comparison.radar}
                axisLabel={(axis) => localize(axis.name)}
                seriesLabel={(series) => ('text' in series.label ? series.label.text : '')}
                description={t('compare.chartDescription')}
                compact={isNarrow}
              />
            </Suspense>
            <ComparisonTables comparison={comparison} />
          </section>

          <section aria-labelledby="compare-weights-heading">
            <h2 id="compare-weights-heading">{t('compare.weightsHeading')}</h2>
            <p className="muted">{t('compare.weightsIntro')}</p>
            <WeightSliders
              framework={framework}
              weights={weights}
              idPrefix="compare-weight"
              onChange={setWeights}
            />
            <button
              type="button"
              className="button"
              disabled={weights === undefined}
              onClick={() => setWeights(undefined)}
            >
              {t('results.resetWeights')}
            </button>
          </section>

          <section aria-labelledby="compare-export-heading">
            <h2 id="compare-export-heading">{t('compare.exportHeading')}</h2>
            <div className="export-row">
              <ReportLanguageSelect
                id="compare-report-language"
                value={reportLanguage}
                onChange={setReportLanguage}
              />
              <button
                type="button"
                className="button button--primary"
                onClick={() => void exportReport('pdf')}
              >
                {t('compare.exportButton')}
              </button>
              <button type="button" className="button" onClick={() => void exportReport('docx')}>
                {t('compare.exportWord')}
              </button>
            </div>
            <p role="status">{exportStatus}</p>
          </section>
        </>
      )}
    </article>
  );
}
