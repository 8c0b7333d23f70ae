import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ReportLanguageSelect } from '../../components/report-language-select';

import type { Assessment } from '../../domain/assessment/assessment-schema';
import type { Framework } from '../../domain/criteria/criterion-schema';
import type { Language } from '../../domain/language';
import type { PaperSize } from '../../domain/report/build-report-model';
import { useLanguage } from '../../i18n/use-language';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; reason: string };

/** The PDF export: its language is chosen here, whatever the screen's language; jsPDF loads on the first click. */
export function ReportExport({
  framework,
  assessment,
  previous,
}: {
  framework: Framework;
  assessment: Assessment;
  previous: Assessment | undefined;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLanguage();
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const exportReport = async () => {
    setStatus({ kind: 'working' });
    try {
      const { downloadReportPdf } = await import('../../pdf/export-report');
      const file = await downloadReportPdf({ framework, assessment, previous, language, paper });
      setStatus({ kind: 'done', file });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <div className="export-row">
        <ReportLanguageSelect id="report-language" value={language} onChange={setLanguage} />
        <div className="field">
          <label className="field__label" htmlFor="report-paper">
            {t('export.paper')}
          </label>
          <select
            id="report-paper"
            className="input input--short"
            value={paper}
            onChange={(event) => setPaper(event.target.value === 'letter' ? 'letter' : 'a4')}
          >
            <option value="a4">{t('export.a4')}</option>
            <option value="letter">{t('export.letter')}</option>
          </select>
        </div>
        <button
          type="button"
          className="button button--primary"
          disabled={status.kind === 'working'}
          onClick={() => void exportReport()}
        >
          {t('export.button')}
        </button>
      </div>
      <div role="status" className="export-status">
        {status.kind === 'working' && <p>{t('export.working')}</p>}
        {status.kind === 'done' && <p>{t('export.done', { file: status.file })}</p>}
      </div>
      {status.kind === 'failed' && (
        <p role="alert" className="notice notice--error">
          {t('export.failed', { reason: status.reason })}
        </p>
      )}
    </section>
  );
}
