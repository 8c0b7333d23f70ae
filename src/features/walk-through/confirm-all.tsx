import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isSameValue } from '../../domain/assessment/carry-over';
import type { Answer, AnswerValue, CarriedOver } from '../../domain/assessment/assessment-schema';
import { useUndoShortcut } from '../../components/use-undo-shortcut';

type Confirmed = { questionId: string; carriedOver: CarriedOver; value: AnswerValue | undefined }[];

/**
 * "Confirm all in this criterion", at the end of the step: for after a review, so it comes after the
 * questions. Undo (and Ctrl+Z while it shows) marks them again, except an answer changed since.
 */
export function ConfirmAll({
  answers,
  questionIds,
  onMark,
}: {
  answers: Readonly<Record<string, Answer | undefined>>;
  /** The answers of this criterion still to confirm. */
  questionIds: readonly string[];
  onMark: (marks: Record<string, CarriedOver | undefined>) => void;
}) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState<Confirmed>([]);
  const undoRef = useRef<HTMLButtonElement>(null);
  // The button pressed goes away with what it confirmed: focus moves to the Undo beside the message.
  useEffect(() => {
    if (confirmed.length > 0) undoRef.current?.focus();
  }, [confirmed]);
  // Only what is still as it was confirmed comes back marked: an answer changed since is this year's.
  const restorable = confirmed.filter(({ questionId, value }) => {
    const answer = answers[questionId];
    return answer?.carriedOver === undefined && isSameValue(answer?.value, value);
  });
  const undo = useCallback(() => {
    onMark(Object.fromEntries(restorable.map(({ questionId, carriedOver }) => [questionId, carriedOver])));
    setConfirmed([]);
  }, [onMark, restorable]);
  useUndoShortcut(restorable.length > 0, undo);

  const confirmAll = () => {
    const marked = questionIds.flatMap((questionId) => {
      const answer = answers[questionId];
      return answer?.carriedOver
        ? [{ questionId, carriedOver: answer.carriedOver, value: answer.value }]
        : [];
    });
    onMark(Object.fromEntries(marked.map(({ questionId }) => [questionId, undefined])));
    setConfirmed(marked);
  };

  return (
    <div className="confirm-all">
      {questionIds.length > 0 && (
        <>
          <p>{t('carried.confirmAllHint', { count: questionIds.length })}</p>
          <button type="button" className="button" onClick={confirmAll}>
            {t('carried.confirmAll')}
          </button>
        </>
      )}
      <div aria-live="polite">
        {restorable.length > 0 && (
          <div className="notice undo-bar">
            <p>{t('carried.confirmedAll', { count: confirmed.length })}</p>
            <button ref={undoRef} type="button" className="button button--small" onClick={undo}>
              {t('carried.undo')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
