import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/**
 * A screen's title with its actions beside it. The heading takes focus when the screen opens
 * (tabIndex -1), so a screen reader starts there after every move.
 */
export function PageHeading({
  id,
  headingRef,
  title,
  children,
}: {
  id: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  title: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="page-heading">
      <h1 id={id} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}

/** The way back from an assessment's side screens (its team, its live team): the answers and the results. */
export function AssessmentLinks({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Link className="button" href={`/assessments/${assessmentId}/profile`}>
        {t('results.editAnswers')}
      </Link>
      <Link className="button" href={`/assessments/${assessmentId}/results`}>
        {t('walk.seeResults')}
      </Link>
    </div>
  );
}
