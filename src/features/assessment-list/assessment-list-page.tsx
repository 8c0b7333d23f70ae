import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

import { Dialog } from '../../components/dialog';
import { useFramework } from '../../framework/use-framework';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentStore } from '../../persistence/assessment-store';
import type { StoredAssessment } from '../../persistence/persisted-state';
import { AssessmentCard } from './assessment-card';
import { summarizeAssessments, type AssessmentSummary } from './summarize-assessments';

// Forms (react-hook-form) and the example's parser load when first needed, not with the list.
const NameForm = lazy(() => import('./name-form'));
export const EXAMPLE_ID = 'example-binh-duong-2023';

type DialogState =
  | { kind: 'create' }
  | { kind: 'rename'; summary: AssessmentSummary }
  | { kind: 'delete'; summary: AssessmentSummary }
  | null;

export default function AssessmentListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const framework = useFramework();
  const [, navigate] = useLocation();
  const assessments = useAssessmentStore((s) => s.assessments);
  const actions = useAssessmentStore.getState();
  const [dialog, setDialog] = useState<DialogState>(null);
  const [deleted, setDeleted] = useState<StoredAssessment | null>(null);
  const [exampleError, setExampleError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaries = summarizeAssessments(framework, assessments);

  const openExample = async () => {
    if (!assessments[EXAMPLE_ID]) {
      const { loadExample } = await import('../../example/load-example');
      const example = await loadExample(language, framework);
      if (!example.ok) {
        setExampleError(example.errors.map((e) => e.message).join('; '));
        return;
      }
      actions.addAssessment(example.value);
    }
    navigate(`/assessments/${EXAMPLE_ID}/profile`);
  };

  const confirmDelete = (summary: AssessmentSummary) => {
    setDeleted(actions.deleteAssessment(summary.id));
    setDialog(null);
    headingRef.current?.focus();
  };

  return (
    <section className="assessment-list" aria-labelledby="list-heading">
      <div className="page-heading">
        <h1 id="list-heading" ref={headingRef} tabIndex={-1}>
          {t('list.heading')}
        </h1>
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
      </div>
      <p className="muted">{t('list.privacy')}</p>
      {exampleError && (
        <p className="notice notice--error" role="alert">
          {t('list.exampleFailed', { reason: exampleError })}
        </p>
      )}
      {deleted && (
        <div className="notice undo-bar" role="status">
          <p>{t('list.deleted', { name: deleted.assessment.profile.name })}</p>
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
      {summaries.length === 0 ? (
        <div className="empty-state">
          <p>{t('list.empty')}</p>
        </div>
      ) : (
        <ul className="card-list">
          {summaries.map((summary) => (
            <li key={summary.id}>
              <AssessmentCard
                summary={summary}
                onRename={() => setDialog({ kind: 'rename', summary })}
                onNextYear={() => {
                  const id = actions.startNextYear(summary.id);
                  if (id) navigate(`/assessments/${id}/profile`);
                }}
                onDelete={() => setDialog({ kind: 'delete', summary })}
              />
            </li>
          ))}
        </ul>
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
                actions.renameAssessment(dialog.summary.id, name);
                setDialog(null);
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
                onClick={() => confirmDelete(dialog.summary)}
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
