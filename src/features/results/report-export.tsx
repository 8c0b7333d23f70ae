import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ReportLanguageSelect } from '../../components/report-language-select';

import type { Assessment } from '../../domain/assessment/assessment-schema';
import type { Framework } from '../../domain/criteria/criterion-schema';
import type { Language } from '../../domain/language';
import type { PaperSize } from '../../domain/report/build-report-model';
import { WORD_LAYOUT_IDS, isWordLayout, type WordLayout } from '../../docx/word-layout';
import { useLanguage } from '../../i18n/use-language';
import type { DownloadedReport } from '../../pdf/export-report';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string; missingCharacters: string[] }
  | { kind: 'failed'; reason: string };

/**
 * The report exports (PDF, Word, Markdown): their language is chosen here, whatever the screen's
 * language; each format's code (jsPDF, docx) loads only on its first click.
 */
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
  const [layout, setLayout] = useState<WordLayout>('default');
  const [wordLimitText, setWordLimitText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const parsedLimit = Number.parseInt(wordLimitText, 10);
  const wordLimit = Number.isInteger(parsedLimit) && parsedLimit > 0 ? parsedLimit : undefined;

  const run = async (build: () => Promise<DownloadedReport>) => {
    setStatus({ kind: 'working' });
    try {
      const { fileName, missingCharacters } = await build();
      setStatus({ kind: 'done', file: fileName, missingCharacters });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  const request = { framework, assessment, previous, language, paper, wordLimit };
  const exportPdf = () =>
    run(async () => (await import('../../pdf/export-report')).downloadReportPdf(request));
  const exportWord = () =>
    run(async () =>
      (await import('../../docx/export-report-docx')).downloadReportDocx({ ...request, layout }),
    );
  const exportMarkdown = () =>
    run(async () => (await import('../../markdown/export-report-markdown')).downloadReportMarkdown(request));

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
          onClick={() => void exportPdf()}
        >
          {t('export.button')}
        </button>
      </div>
      <div className="export-row">
        <div className="field">
          <label className="field__label" htmlFor="report-layout">
            {t('export.layout')}
          </label>
          <select
            id="report-layout"
            className="input"
            value={layout}
            onChange={(event) => {
              if (isWordLayout(event.target.value)) setLayout(event.target.value);
            }}
          >
            {WORD_LAYOUT_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`export.layouts.${id}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="report-word-limit">
            {t('export.wordLimit')}
          </label>
          <input
            id="report-word-limit"
            className="input input--short"
            inputMode="numeric"
            aria-describedby="report-word-limit-hint"
            value={wordLimitText}
            onChange={(event) => setWordLimitText(event.target.value)}
          />
          <p id="report-word-limit-hint" className="field__hint">
            {t('export.wordLimitHint')}
          </p>
        </div>
        <button
          type="button"
          className="button"
          disabled={status.kind === 'working'}
          onClick={() => void exportWord()}
        >
          {t('export.wordButton')}
        </button>
        <button
          type="button"
          className="button"
          disabled={status.kind === 'working'}
          onClick={() => void exportMarkdown()}
        >
          {t('export.markdownButton')}
        </button>
      </div>
      <div role="status" className="export-status">
        {status.kind === 'working' && <p>{t('export.working')}</p>}
        {status.kind === 'done' && <p>{t('export.done', { file: status.file })}</p>}
        {status.kind === 'done' && status.missingCharacters.length > 0 && (
          <p className="notice notice--warning">
            {t('export.missingCharacters', { characters: status.missingCharacters.join(' ') })}
          </p>
        )}
      </div>
      {status.kind === 'failed' && (
        <p role="alert" className="notice notice--error">
          {t('export.failed', { reason: status.reason })}
        </p>
      )}
    </section>
  );
}
