import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FileIssueList } from '../../components/file-issue-list';
import { TableScroll } from '../../components/table-scroll';
import { createFileIssue, type FileIssue } from '../../domain/assessment/assessment-file';
import type { Answer, Assessment } from '../../domain/assessment/assessment-schema';
import type { Framework } from '../../domain/criteria/criterion-schema';
import { indexQuestions } from '../../domain/criteria/index-questions';
import { createAnswerText } from '../../domain/report/answer-text';
import { fail, type Result } from '../../domain/result';
import { planLanding, type Landing, type LandingRow } from '../../domain/team/land-returned-answers';
import { readRespondentFile } from '../../files/read-import';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentStore } from '../../persistence/assessment-store';

type ReadFile = { fileName: string; result: Result<Landing, FileIssue> };

/** A second file for a respondent is refused: which of the two should win is the coordinator's call. */
function refuseRepeats(files: ReadFile[], describe: (name: string) => string): ReadFile[] {
  const seen = new Set<string>();
  return files.map((file) => {
    if (!file.result.ok) return file;
    const { respondent } = file.result.value;
    if (!seen.has(respondent.id)) {
      seen.add(respondent.id);
      return file;
    }
    return {
      ...file,
      result: fail([createFileIssue('invalid', [], describe(respondent.name))]),
    };
  });
}

function LandingTable({ framework, landing }: { framework: Framework; landing: Landing }) {
  const { t } = useTranslation();
  const { language, localize } = useLanguage();
  const text = createAnswerText(framework, language, (key, values) => t(key as 'answerText.na', values));
  const questions = indexQuestions(framework);
  const describe = (row: LandingRow, answer: Answer | undefined) => {
    const question = questions.get(row.questionId)?.question;
    if (!answer) return t('respondentFiles.noAnswer');
    if (!question) return JSON.stringify(answer.value ?? null);
    if (answer.value === undefined) return t('respondentFiles.notesOnly');
    return text.value(question, answer.value);
  };
  const changed = landing.rows.filter((row) => row.change !== 'unchanged');
  if (changed.length === 0) return <p>{t('respondentFiles.nothingChanges')}</p>;
  return (
    <TableScroll label={t('respondentFiles.tableCaption', { name: landing.respondent.name })}>
      <table className="score-table">
        <caption className="visually-hidden">
          {t('respondentFiles.tableCaption', { name: landing.respondent.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('respondentFiles.columns.question')}</th>
            <th scope="col">{t('respondentFiles.columns.now')}</th>
            <th scope="col">{t('respondentFiles.columns.returned')}</th>
            <th scope="col">{t('respondentFiles.columns.change')}</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((row) => {
            const entry = questions.get(row.questionId);
            return (
              <tr key={row.questionId}>
                <th scope="row">
                  {entry ? localize(entry.question.prompt) : row.questionId}{' '}
                  {!row.isAssigned && <span className="muted">{t('respondentFiles.notAssigned')}</span>}
                </th>
                <td>{describe(row, row.current)}</td>
                <td>{describe(row, row.returned)}</td>
                <td>{t(`respondentFiles.change.${row.change}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * Imports the workbooks and JSON files respondents send back. Each file is read and set beside
 * the respondent's answers now; nothing is saved until the coordinator confirms, and then only the
 * answers of the respondent each file names change.
 */
export function ReturnedFiles({ framework, assessment }: { framework: Framework; assessment: Assessment }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [files, setFiles] = useState<ReadFile[] | null>(null);
  const [isReading, setReading] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const read = async (chosen: File[]) => {
    setReading(true);
    setSaved(null);
    const read = await Promise.all(
      chosen.map(async (file): Promise<ReadFile> => {
        const returned = await readRespondentFile(
          { bytes: new Uint8Array(await file.arrayBuffer()) },
          framework,
        );
        return {
          fileName: file.name,
          result: returned.ok ? planLanding(framework, assessment, returned.value) : returned,
        };
      }),
    );
    setFiles(refuseRepeats(read, (name) => t('respondentFiles.sameRespondent', { name })));
    setReading(false);
  };
  const valid = (files ?? []).flatMap((file) => (file.result.ok ? [file.result.value] : []));
  const save = () => {
    const { updateResponse } = useAssessmentStore.getState();
    for (const landing of valid) {
      for (const change of landing.changes)
        updateResponse(assessment.id, change.respondentId, change.questionId, change.patch);
    }
    setSaved(
      t('respondentFiles.saved', {
        count: valid.length,
        names: valid.map((landing) => landing.respondent.name).join(', '),
      }),
    );
    setFiles(null);
  };

  return (
    <section className="returned-files" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('respondentFiles.returnedHeading')}</h2>
      <p className="muted">{t('respondentFiles.returnedIntro')}</p>
      <label className="button" htmlFor={inputId}>
        {t('respondentFiles.choose')}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        multiple
        accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          const chosen = [...(event.target.files ?? [])];
          event.target.value = '';
          if (chosen.length > 0) void read(chosen);
        }}
      />
      <div role="status">
        {isReading && <p>{t('respondentFiles.reading')}</p>}
        {saved && <p>{saved}</p>}
      </div>
      {files && (
        <div className="import-preview">
          {files.map((file, index) => (
            <section
              key={`${file.fileName}-${index}`}
              className="import-preview__file"
              aria-label={file.fileName}
            >
              <h3>{file.fileName}</h3>
              {file.result.ok ? (
                <>
                  <p>
                    <strong>
                      {t('respondentFiles.fileFor', { name: file.result.value.respondent.name })}
                    </strong>{' '}
                    <span className="muted">
                      {t('respondentFiles.counts', {
                        added: file.result.value.rows.filter((row) => row.change === 'added').length,
                        changed: file.result.value.rows.filter((row) => row.change === 'changed').length,
                        removed: file.result.value.rows.filter((row) => row.change === 'removed').length,
                        unchanged: file.result.value.rows.filter((row) => row.change === 'unchanged').length,
                      })}
                    </span>
                  </p>
                  {file.result.value.warnings.length > 0 && (
                    <FileIssueList
                      className="import-preview__warnings"
                      issues={file.result.value.warnings}
                      framework={framework}
                    />
                  )}
                  {file.result.value.rowIssues.length > 0 && (
                    <div className="notice notice--error">
                      <p>
                        {t('respondentFiles.rowsNotRead', {
                          count: new Set(file.result.value.rowIssues.map((issue) => issue.at[1])).size,
                        })}
                      </p>
                      <FileIssueList issues={file.result.value.rowIssues} framework={framework} />
                    </div>
                  )}
                  <LandingTable framework={framework} landing={file.result.value} />
                </>
              ) : (
                <div role="alert" className="notice notice--error">
                  <p>{t('respondentFiles.refused')}</p>
                  <FileIssueList issues={file.result.errors} framework={framework} />
                </div>
              )}
            </section>
          ))}
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={valid.length === 0}
              onClick={save}
            >
              {t('respondentFiles.confirm', { count: valid.length })}
            </button>
            <button type="button" className="button" onClick={() => setFiles(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
