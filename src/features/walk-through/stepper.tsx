import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import { useLanguage } from '../../i18n/use-language';
import { isStepComplete, type Step } from './build-steps';

/** Every step, in any order, with its completion in words (not only a colour or an icon). */
export function Stepper({
  assessmentId,
  steps,
  currentId,
}: {
  assessmentId: string;
  steps: Step[];
  currentId: string;
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const listRef = useRef<HTMLOListElement>(null);
  // On a phone the steps are one row that scrolls sideways: bring the current one into that row's view.
  useEffect(() => {
    const list = listRef.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = current.offsetLeft - list.offsetLeft - 16;
  }, [currentId]);
  return (
    <nav className="stepper" aria-label={t('walk.steps')}>
      <ol ref={listRef}>
        {steps.map((step, index) => {
          const isCurrent = step.id === currentId;
          const isComplete = isStepComplete(step);
          return (
            <li key={step.id} className={`stepper__item${isCurrent ? ' stepper__item--current' : ''}`}>
              <Link
                href={`/assessments/${assessmentId}/${step.id}`}
                aria-current={isCurrent ? 'step' : undefined}
              >
                <span className="stepper__number" aria-hidden="true">
                  {isComplete ? '✓' : index + 1}
                </span>
                <span className="stepper__label">
                  {step.kind === 'criterion' ? localize(step.name) : t(`walk.${step.kind}Step`)}
                </span>
                {step.kind === 'criterion' && (
                  <span className="stepper__progress">
                    {step.toConfirm > 0
                      ? t('walk.stepProgressToConfirm', {
                          done: step.done,
                          total: step.total,
                          count: step.toConfirm,
                        })
                      : t('walk.stepProgress', { done: step.done, total: step.total })}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
