import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatAssessmentTitle } from '../../domain/report/assessment-title';
import type { Assessment } from '../../domain/assessment/assessment-schema';
import { countRemovedByReplace } from '../../domain/assessment/count-replaced';
import type { ImportedAssessment } from '../../domain/assessment/import-file';
import type { Framework } from '../../domain/criteria/criterion-schema';
import { FileIssueList } from '../../components/file-issue-list';
import type { FileIssue } from '../../domain/assessment/assessment-file';
import type { Result } from '../../domain/result';

export type ReadFile = { fileName: string; result: Result<ImportedAssessment[], FileIssue> };
type Choice = 'replace' | 'keep-both';
const CHOICES: readonly Choice[] = ['keep-both', 'replace'];

/**
 * What an import will add, before anything changes: each file's assessments, or what is wrong with
 * it and where. An assessment whose id already exists is never overwritten silently: the choice to
 * replace it says what the replacement removes.
 */
export function ImportPreview({
  files,
  framework,
  existing,
  onImport,
  onCancel,
}: {
  files: ReadFile[];
  framework: Framework;
  /** The assessments in this browser now, by id. */
  existing: (id: string) => Assessment | undefined;
  onImport: (items: { imported: ImportedAssessment; onConflict: Choice }[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const valid = files.flatMap((file) => (file.result.ok ? file.result.value : []));
  const describeReplace = (current: Assessment, incoming: Assessment) => {
    const removed = countRemovedByReplace(current, incoming);
    if (removed.answers === 0 && removed.narratives === 0) return t('import.replaceRemovesNothing');
    const answers = t('import.answerCount', { count: removed.answers });
    const narratives = t('import.narrativeCount', { count: removed.narratives });
    const what =
      removed.narratives === 0
        ? answers
        : removed.answers === 0
          ? narratives
          : t('import.both', { first: answers, second: narratives });
    return t('import.replaceRemoves', { what });
  };
  return (
    <div className="import-preview">
      {files.map((file) => (
        <section key={file.fileName} className="import-preview__file" aria-label={file.fileName}>
          <h3>{file.fileName}</h3>
          {file.result.ok ? (
            <ul>
              {file.result.value.map((imported) => {
                const { assessment } = imported;
                const title = formatAssessmentTitle(assessment.profile);
                const current = existing(assessment.id);
                const exists = current !== undefined;
                const choice = choices[assessment.id] ?? 'keep-both';
                return (
                  <li key={assessment.id}>
                    <strong>{title}</strong>{' '}
                    <span className="muted">{t(exists ? 'import.exists' : 'import.new')}</span>
                    {imported.warnings.length > 0 && (
                      <FileIssueList
                        className="import-preview__warnings"
                        issues={imported.warnings}
                        framework={framework}
                      />
                    )}
                    {current && (
                      <fieldset className="choices choices--inline">
                        <legend className="field__label">{t('import.conflictLegend', { title })}</legend>
                        {CHOICES.map((option) => (
                          <label key={option} className="choice">
                            <input
                              type="radio"
                              name={`conflict-${assessment.id}`}
                              checked={choice === option}
                              aria-describedby={
                                option === 'replace' ? `replace-effect-${assessment.id}` : undefined
                              }
                              onChange={() => setChoices((c) => ({ ...c, [assessment.id]: option }))}
                            />
                            <span className="choice__title">{t(`import.${option}`)}</span>
                          </label>
                        ))}
                        <p className="choices__note" id={`replace-effect-${assessment.id}`}>
                          {describeReplace(current, assessment)}
                        </p>
                      </fieldset>
                    )}
                  </li>
                );
              })}
            </ul>
          ) : (
            <div role="alert" className="notice notice--error">
              <p>{t('import.fileRefused')}</p>
              <FileIssueList issues={file.result.errors.slice(0, 20)} framework={framework} />
              {file.result.errors.length > 20 && (
                <p>{t('import.moreErrors', { count: file.result.errors.length - 20 })}</p>
              )}
            </div>
          )}
        </section>
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={valid.length === 0}
          onClick={() =>
            onImport(
              valid.map((imported) => ({
                imported,
                onConflict: choices[imported.assessment.id] ?? 'keep-both',
              })),
            )
          }
        >
          {t('import.confirm', { count: valid.length })}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
