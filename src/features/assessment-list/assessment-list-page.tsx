import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import { PageHeading } from '../../components/page-heading';
import { Dialog } from '../../components/dialog';
import { useNameCopy } from '../../components/use-name-copy';
import { downloadText } from '../../components/download';
import {
  buildScoresCsv,
  CSV_DECIMALS,
  defaultCsvDecimal,
  type CsvDecimal,
} from '../../domain/compare/scores-csv';
import type { Framework } from '../../domain/criteria/criterion-schema';
import { FrameworkGate } from '../../framework/framework-gate';
import { loadBundledFramework } from '../../framework/framework-promise';
import { useFramework } from '../../framework/use-framework';
import { useLanguage } from '../../i18n/use-language';
import { readSummaries, useAssessmentStore, type IndexEntry } from '../../persistence/assessment-store';
import type { Assessment } from '../../domain/assessment/assessment-schema';
import { SelectField } from '../../components/select-field';
import { AssessmentCard, useCardText } from './assessment-card';
import { UnreadableEntries } from './unreadable-entries';
import { ImportPreview, type ReadFile } from './import-dialog';
import { orderByRecentEdit, summarizeAssessments, type AssessmentSummary } from './summarize-assessments';
import { EVERY_ASSESSMENT, findAssessments, LIST_SORTS, listYears, type ListQuery } from './find-assessments';
import { numberFormat } from '../../domain/intl-formats';

/** Cards drawn at first: the list of a thousand assessments is ready as fast as that of fifty. */
const PAGE_SIZE = 50;

// Forms (react-hook-form), the file formats (list-files.ts) and the example's parser load when first
// needed, not with the list.
const NameForm = lazy(() => import('./name-form'));
const NextYearForm = lazy(() => import('./next-year-form'));
const loadListFiles = () => import('./list-files');
import { EXAMPLE_ID } from '../../example/example-id';

type DialogState =
  | { kind: 'create' }
  | { kind: 'import'; files: ReadFile[]; framework: Framework; existing: ReadonlyMap<string, Assessment> }
  | { kind: 'rename'; summary: AssessmentSummary }
  | { kind: 'next-year'; source: Assessment }
  | { kind: 'delete'; summary: AssessmentSummary }
  | null;

/** The framework, for actions; the list itself renders before the criteria have loaded. */
async function requireFramework() {
  const result = await loadBundledFramework();
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.value;
}

/** The cards need the criteria (for scores and completion), so only they wait for them. */
function AssessmentCards({
  assessments,
  onRename,
  onNextYear,
  onDelete,
  onExport,
  onCopyLink,
}: {
  assessments: ReadonlyMap<string, Assessment>;
  onRename: (summary: AssessmentSummary) => void;
  onNextYear: (summary: AssessmentSummary) => void;
  onDelete: (summary: AssessmentSummary) => void;
  onExport: (summary: AssessmentSummary) => void;
  onCopyLink: (summary: AssessmentSummary) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const framework = useFramework();
  const cardText = useCardText();
  const [shown, setShown] = useState(PAGE_SIZE);
  const ordered = useMemo(() => orderByRecentEdit(assessments.values(), language), [assessments, language]);
  // Only the cards drawn are scored: a thousand assessments cost what fifty do.
  const [query, setQuery] = useState<ListQuery>(EVERY_ASSESSMENT);
  // Searching, filtering or sorting looks at every assessment; the plain list draws a page at a time.
  const isFinding =
    query.text !== EVERY_ASSESSMENT.text ||
    query.year !== EVERY_ASSESSMENT.year ||
    query.sort !== EVERY_ASSESSMENT.sort;
  const summaries = useMemo(
    () =>
      summarizeAssessments(
        framework,
        isFinding
          ? assessments
          : new Map(ordered.slice(0, shown).map((assessment) => [assessment.id, assessment])),
        assessments,
      ),
    [framework, ordered, shown, assessments, isFinding],
  );
  const found = isFinding ? findAssessments(summaries, query, language) : summaries;
  const years = listYears(ordered.map((assessment) => ({ year: assessment.profile.year })));
  const format = (value: number) => numberFormat(language).format(value);
  return (
    <>
      {ordered.length > 1 && (
        <div className="list-finder" role="search" aria-label={t('list.find')}>
          <div className="field">
            <label className="field__label" htmlFor="list-search">
              {t('list.search')}
            </label>
            <input
              id="list-search"
              type="search"
              className="input"
              value={query.text}
              onChange={(event) => setQuery({ ...query, text: event.target.value })}
            />
          </div>
          <SelectField
            id="list-year"
            label={t('list.yearFilter')}
            value={String(query.year ?? '')}
            onChange={(value) => setQuery({ ...query, year: value === '' ? null : Number(value) })}
          >
            <option value="">{t('list.allYears')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="list-sort"
            label={t('list.sortBy')}
            value={query.sort}
            onChange={(value) =>
              setQuery({ ...query, sort: LIST_SORTS.find((s) => s === value) ?? 'edited' })
            }
          >
            {LIST_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`list.sorts.${sort}`)}
              </option>
            ))}
          </SelectField>
          <p className="list-finder__count" role="status">
            {isFinding && found.length < ordered.length
              ? t('list.shown', { shown: found.length, total: ordered.length })
              : ''}
          </p>
        </div>
      )}
      {found.length === 0 && ordered.length > 0 && <p>{t('list.noMatch')}</p>}
      <ul className="card-list">
        {found.map((summary) => (
          <li key={summary.id}>
            <AssessmentCard
              summary={summary}
              text={cardText}
              onRename={() => onRename(summary)}
              onNextYear={() => onNextYear(summary)}
              onDelete={() => onDelete(summary)}
              onExport={() => onExport(summary)}
              onCopyLink={() => onCopyLink(summary)}
            />
          </li>
        ))}
      </ul>
      {!isFinding && ordered.length > shown && (
        <div className="button-row list-more">
          <p className="muted" role="status">
            {t('list.showing', { shown: format(shown), total: format(ordered.length) })}
          </p>
          <button type="button" className="button" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            {t('list.showMore', { count: Math.min(PAGE_SIZE, ordered.length - shown) })}
          </button>
        </div>
      )}
    </>
  );
}

export default function AssessmentListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [, navigate] = useLocation();
  // The reader's usual number format until they choose another.
  const [chosenCsvDecimal, setCsvDecimal] = useState<CsvDecimal | null>(null);
  const csvDecimal = chosenCsvDecimal ?? defaultCsvDecimal(language);
  const index = useAssessmentStore((s) => s.index);
  const isListed = useAssessmentStore((s) => s.storage !== 'starting');
  const assessments = useMemo(() => readSummaries(index), [index]);
  const unreadable = [...index.values()].filter(
    (entry): entry is Extract<IndexEntry, { kind: 'unreadable' }> => entry.kind === 'unreadable',
  );
  const actions = useAssessmentStore.getState();
  const [dialog, setDialog] = useState<DialogState>(null);
  const [deleted, setDeleted] = useState<Assessment | null>(null);
  const [replaced, setReplaced] = useState<Assessment[]>([]);
  const nameCopy = useNameCopy();
  const [exampleError, setExampleError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [sharedLink, setSharedLink] = useState<string | null>(null);
  const [isDragging, setDragging] = useState(false);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const today = new Date().toISOString().slice(0, 10);

  const readFiles = async (list: Iterable<File>) => {
    // Copied first: the input's FileList empties when the input is reset, before the await returns.
    const chosen = [...list];
    const [framework, { readChosenFiles }] = await Promise.all([requireFramework(), loadListFiles()]);
    const read = await readChosenFiles(chosen, framework);
    // A respondent's questions, picked alone, open on their own screen, to be answered.
    if ('route' in read) {
      navigate(read.route);
      return;
    }
    const { files } = read;
    // What a Replace would remove is counted against the stored assessment in full, notes and all.
    const existing = new Map<string, Assessment>();
    for (const file of files) {
      for (const { assessment } of file.result.ok ? file.result.value : []) {
        const stored = index.has(assessment.id) ? await actions.readAssessment(assessment.id) : null;
        if (stored) existing.set(assessment.id, stored);
      }
    }
    if (files.length > 0) setDialog({ kind: 'import', files, framework, existing });
  };

  const exportOne = async (id: string) => {
    const [framework, { downloadAssessmentFile }] = await Promise.all([requireFramework(), loadListFiles()]);
    const assessment = await actions.readAssessment(id);
    if (assessment) downloadAssessmentFile(framework, assessment);
  };

  const exportAll = async () => {
    const [framework, { downloadCollectionFile }] = await Promise.all([requireFramework(), loadListFiles()]);
    const { assessments: all } = await actions.readAllAssessments();
    downloadCollectionFile(framework, all, today);
  };

  const exportCsv = async () => {
    const framework = await requireFramework();
    const all = summarizeAssessments(framework, assessments)
      .map((s) => assessments.get(s.id))
      .filter((a) => a !== undefined);
    const csv = buildScoresCsv(framework, all, {
      language,
      decimal: csvDecimal,
      headers: {
        assessmentId: t('csv.assessmentId'),
        community: t('csv.community'),
        year: t('csv.year'),
        population: t('csv.population'),
        overall: t('csv.overall'),
        band: t('csv.band'),
        low: t('csv.low'),
        high: t('csv.high'),
        coverage: t('csv.coverage'),
        provisional: t('csv.provisional'),
      },
    });
    downloadText(csv, `icf-scores-${today}.csv`, 'text/csv;charset=utf-8');
  };

  const copyLink = async (id: string) => {
    const assessment = await actions.readAssessment(id);
    if (!assessment) return;
    const [framework, { encodeAssessmentLink }] = await Promise.all([requireFramework(), loadListFiles()]);
    const payload = await encodeAssessmentLink(framework, assessment);
    const link = `${window.location.origin}${window.location.pathname}#/share/${payload}`;
    try {
      await navigator.clipboard.writeText(link);
      setSharedLink(null);
      setNotice(t('share.copied', { name: assessment.profile.name }));
    } catch {
      // No clipboard (permissions, plain http): show the link to copy by hand.
      setSharedLink(link);
      setNotice(null);
    }
  };
  const headingRef = useRef<HTMLHeadingElement>(null);
  const count = assessments.size;

  const openExample = async () => {
    if (!index.has(EXAMPLE_ID)) {
      const { loadExample } = await import('../../example/load-example');
      const example = await loadExample(language, await requireFramework());
      if (!example.ok) {
        setExampleError(example.errors.map((e) => e.message).join('; '));
        return;
      }
      actions.addAssessment(example.value);
    }
    navigate(`/assessments/${EXAMPLE_ID}/profile`);
  };

  const confirmDelete = async (summary: AssessmentSummary) => {
    setReplaced([]);
    setDialog(null);
    headingRef.current?.focus();
    setDeleted(await actions.deleteAssessment(summary.id));
  };

  return (
    <section
      className={`assessment-list${isDragging ? ' assessment-list--dragging' : ''}`}
      aria-labelledby="list-heading"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void readFiles(event.dataTransfer.files);
      }}
    >
      <PageHeading id="list-heading" headingRef={headingRef} title={t('list.heading')}>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('list.create')}
          </button>
          <button type="button" className="button" onClick={() => void openExample()}>
            {t('list.openExample')}
          </button>
        </div>
      </PageHeading>
      <p className="muted">{t('list.privacy')}</p>
      {isDragging && (
        <p className="drop-hint" aria-hidden="true">
          {t('import.drop')}
        </p>
      )}
      <div className="button-row list-tools">
        <button type="button" className="button" onClick={() => fileInputRef.current?.click()}>
          {t('import.button')}
        </button>
        <input
          ref={fileInputRef}
          type="file"
          multiple
          accept=".json,application/json,.xlsx"
          hidden
          aria-hidden="true"
          tabIndex={-1}
          onChange={(event) => {
            if (event.target.files) void readFiles(event.target.files);
            event.target.value = '';
          }}
        />
        <button type="button" className="button" disabled={count === 0} onClick={() => void exportAll()}>
          {t('export.allJson')}
        </button>
        <button type="button" className="button" disabled={count === 0} onClick={() => void exportCsv()}>
          {t('export.csv')}
        </button>
        <SelectField
          id="csv-decimal"
          label={t('csv.decimal')}
          value={csvDecimal}
          onChange={(value) => setCsvDecimal(CSV_DECIMALS.find((d) => d === value) ?? 'point')}
        >
          {CSV_DECIMALS.map((decimal) => (
            <option key={decimal} value={decimal}>
              {t(`csv.decimals.${decimal}`)}
            </option>
          ))}
        </SelectField>
        <a className="button" href="#/compare">
          {t('compare.link')}
        </a>
      </div>
      <div role="status" className="list-status">
        {notice && <p>{notice}</p>}
      </div>
      {sharedLink && (
        <div className="notice">
          <label className="field__label" htmlFor="shared-link">
            {t('share.copyByHand')}
          </label>
          <input
            id="shared-link"
            className="input"
            readOnly
            value={sharedLink}
            onFocus={(e) => e.target.select()}
          />
        </div>
      )}
      {exampleError && (
        <p className="notice notice--error" role="alert">
          {t('list.exampleFailed', { reason: exampleError })}
        </p>
      )}
      {deleted && (
        <div className="notice undo-bar" role="status">
          <p>{t('list.deleted', { name: deleted.profile.name })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                actions.restoreAssessment(deleted);
                setDeleted(null);
              }}
            >
              {t('list.undo')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setDeleted(null)}>
              {t('list.dismiss')}
            </button>
          </div>
        </div>
      )}
      {replaced.length > 0 && (
        <div className="notice undo-bar" role="status">
          <p>
            {t('import.replaced', {
              count: replaced.length,
              name: replaced[0]?.profile.name,
            })}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                for (const previous of replaced) void actions.replaceAssessment(previous);
                setReplaced([]);
              }}
            >
              {t('list.undo')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setReplaced([])}>
              {t('list.dismiss')}
            </button>
          </div>
        </div>
      )}
      {unreadable.length > 0 && (
        <UnreadableEntries
          entries={unreadable}
          onImport={() => fileInputRef.current?.click()}
          onRemove={(id) => void actions.removeUnreadable(id)}
        />
      )}
      {!isListed ? (
        <p role="status">{t('app.loading')}</p>
      ) : count === 0 ? (
        <div className="empty-state">
          <p>{t('list.empty')}</p>
        </div>
      ) : (
        <FrameworkGate>
          <AssessmentCards
            assessments={assessments}
            onRename={(summary) => setDialog({ kind: 'rename', summary })}
            onNextYear={(summary) => {
              const source = assessments.get(summary.id);
              if (source) setDialog({ kind: 'next-year', source });
            }}
            onDelete={(summary) => setDialog({ kind: 'delete', summary })}
            onExport={(summary) => void exportOne(summary.id)}
            onCopyLink={(summary) => void copyLink(summary.id)}
          />
        </FrameworkGate>
      )}

      <Dialog
        isOpen={dialog?.kind === 'create'}
        onClose={() => setDialog(null)}
        title={t('list.createTitle')}
      >
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <NameForm
            submitLabel={t('list.createSubmit')}
            withYear
            onCancel={() => setDialog(null)}
            onSubmit={(profile) => {
              const id = actions.createAssessment(profile);
              setDialog(null);
              navigate(`/assessments/${id}/profile`);
            }}
          />
        </Suspense>
      </Dialog>
      <Dialog isOpen={dialog?.kind === 'import'} onClose={() => setDialog(null)} title={t('import.title')}>
        {dialog?.kind === 'import' && (
          <ImportPreview
            files={dialog.files}
            framework={dialog.framework}
            existing={(id) => dialog.existing.get(id)}
            onCancel={() => setDialog(null)}
            onImport={(items) => {
              void loadListFiles()
                .then(({ prepareImported }) =>
                  actions.importAssessments(
                    items.map(({ imported, onConflict }) => ({
                      assessment: prepareImported(imported, dialog.framework),
                      onConflict,
                    })),
                    nameCopy,
                  ),
                )
                .then((outcome) => {
                  setReplaced(outcome.replaced);
                  setNotice(t('import.done', { count: outcome.ids.length }));
                });
              setDialog(null);
              setDeleted(null);
            }}
          />
        )}
      </Dialog>
      <Dialog
        isOpen={dialog?.kind === 'rename'}
        onClose={() => setDialog(null)}
        title={t('list.renameTitle')}
      >
        {dialog?.kind === 'rename' && (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <NameForm
              submitLabel={t('list.renameSubmit')}
              initialName={dialog.summary.name}
              onCancel={() => setDialog(null)}
              onSubmit={({ name }) => {
                void actions.renameAssessment(dialog.summary.id, name);
                setDialog(null);
              }}
            />
          </Suspense>
        )}
      </Dialog>
      <Dialog
        isOpen={dialog?.kind === 'next-year'}
        onClose={() => setDialog(null)}
        title={t('nextYear.title')}
      >
        {dialog?.kind === 'next-year' && (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <NextYearForm
              source={dialog.source}
              existing={[...assessments.values()]}
              onCancel={() => setDialog(null)}
              onSubmit={(options) => {
                setDialog(null);
                void requireFramework()
                  .then((framework) => actions.startNextYear(dialog.source.id, options, framework))
                  .then((id) => {
                    if (id) navigate(`/assessments/${id}/profile`);
                  });
              }}
            />
          </Suspense>
        )}
      </Dialog>
      <Dialog
        isOpen={dialog?.kind === 'delete'}
        onClose={() => setDialog(null)}
        title={t('list.deleteTitle')}
      >
        {dialog?.kind === 'delete' && (
          <>
            <p>{t('list.deleteQuestion', { name: dialog.summary.name })}</p>
            <div className="button-row">
              <button
                type="button"
                className="button button--danger"
                onClick={() => void confirmDelete(dialog.summary)}
              >
                {t('list.deleteConfirm')}
              </button>
              <button type="button" className="button" onClick={() => setDialog(null)}>
                {t('common.cancel')}
              </button>
            </div>
          </>
        )}
      </Dialog>
    </section>
  );
}
