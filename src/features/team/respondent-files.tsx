import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadBlob, downloadText } from '../../components/download';
import { ReportLanguageSelect } from '../../components/report-language-select';
import type { Assessment, Respondent } from '../../domain/assessment/assessment-schema';
import type { Framework } from '../../domain/criteria/criterion-schema';
import type { Language } from '../../domain/language';
import { createRespondentPack, describePackFileStem } from '../../domain/team/respondent-pack';
import {
  createRespondentPackFile,
  serializeRespondentPackFile,
} from '../../domain/team/respondent-pack-file';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentStore } from '../../persistence/assessment-store';
import { MAX_PACK_LINK_LENGTH, PACK_ROUTE, encodePackLink } from '../../persistence/pack-link';

type Status =
  | { kind: 'working' }
  | { kind: 'done'; text: string }
  | { kind: 'link'; link: string }
  | { kind: 'failed'; text: string };

/**
 * The files a respondent is sent: their questions and answers so far as an Excel workbook, a JSON
 * file or a link for the app, in the language chosen. A respondent answering in their own app
 * sends the JSON file back from here too: it is the same pack, holding their answers.
 */
export function RespondentFiles({
  framework,
  assessment,
  respondent,
}: {
  framework: Framework;
  assessment: Assessment;
  respondent: Respondent;
}) {
  const { t } = useTranslation();
  const { language: screenLanguage } = useLanguage();
  const [language, setLanguage] = useState<Language>(screenLanguage);
  const [status, setStatus] = useState<Status | null>(null);
  const idPrefix = `files-${respondent.id}`;

  const makePack = async () => {
    // Last year's answers come from the assessment this one was started from, if it is here.
    const lastYear = assessment.basedOn
      ? await useAssessmentStore.getState().readAssessment(assessment.basedOn)
      : null;
    const pack = createRespondentPack({
      framework,
      assessment,
      respondentId: respondent.id,
      lastYear: lastYear ?? undefined,
    });
    if (!pack) throw new Error(`no respondent ${respondent.id}`);
    return pack;
  };
  const run = async (make: () => Promise<Status>) => {
    setStatus({ kind: 'working' });
    try {
      setStatus(await make());
    } catch (error) {
      setStatus({ kind: 'failed', text: t('respondentFiles.failed', { reason: (error as Error).message }) });
    }
  };

  const downloadWorkbook = () =>
    run(async () => {
      const [{ buildRespondentWorkbook, XLSX_TYPE }, pack] = await Promise.all([
        import('../../xlsx/respondent-workbook'),
        makePack(),
      ]);
      const { bytes, fileName } = await buildRespondentWorkbook({
        framework,
        pack,
        language,
        date: new Date(),
      });
      downloadBlob(new Blob([bytes.slice()], { type: XLSX_TYPE }), fileName);
      return { kind: 'done', text: t('respondentFiles.downloaded', { file: fileName }) };
    });
  const downloadJson = () =>
    run(async () => {
      const pack = await makePack();
      const fileName = `${describePackFileStem(pack)}.json`;
      downloadText(
        serializeRespondentPackFile(createRespondentPackFile(pack, language)),
        fileName,
        'application/json',
      );
      return { kind: 'done', text: t('respondentFiles.downloaded', { file: fileName }) };
    });
  const copyLink = () =>
    run(async () => {
      const pack = await makePack();
      const payload = await encodePackLink(createRespondentPackFile(pack, language));
      const link = `${window.location.origin}${window.location.pathname}#${PACK_ROUTE}${payload}`;
      if (link.length > MAX_PACK_LINK_LENGTH) return { kind: 'failed', text: t('respondentFiles.tooLong') };
      try {
        await navigator.clipboard.writeText(link);
        return { kind: 'done', text: t('respondentFiles.copied', { name: respondent.name }) };
      } catch {
        // No clipboard (permissions, plain http): the link is shown to copy by hand.
        return { kind: 'link', link };
      }
    });

  const actions = [
    { label: 'respondentFiles.workbook', run: downloadWorkbook },
    { label: 'respondentFiles.json', run: downloadJson },
    { label: 'respondentFiles.link', run: copyLink },
  ] as const;

  return (
    <details className="respondent-files">
      <summary>{t('respondentFiles.summary', { name: respondent.name })}</summary>
      <p className="muted">{t('respondentFiles.intro', { name: respondent.name })}</p>
      <ReportLanguageSelect
        id={`${idPrefix}-language`}
        label={t('respondentFiles.language')}
        value={language}
        onChange={setLanguage}
      />
      <div className="button-row">
        {actions.map(({ label, run: act }) => (
          <button
            key={label}
            type="button"
            className="button button--small"
            disabled={status?.kind === 'working'}
            aria-label={t('common.actionOn', { action: t(label), name: respondent.name })}
            onClick={() => void act()}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div role="status">
        {status?.kind === 'working' && <p>{t('respondentFiles.working')}</p>}
        {status?.kind === 'done' && <p>{status.text}</p>}
      </div>
      {status?.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {status.text}
        </p>
      )}
      {status?.kind === 'link' && (
        <div className="notice">
          <label className="field__label" htmlFor={`${idPrefix}-link`}>
            {t('respondentFiles.copyByHand')}
          </label>
          <input
            id={`${idPrefix}-link`}
            className="input"
            readOnly
            value={status.link}
            onFocus={(event) => event.target.select()}
          />
        </div>
      )}
    </details>
  );
}
