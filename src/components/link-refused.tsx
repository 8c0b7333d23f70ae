import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { FileIssue } from '../domain/assessment/assessment-file';
import type { Framework } from '../domain/criteria/criterion-schema';
import { FileIssueList } from './file-issue-list';

/** The link itself is broken (cut, altered), rather than holding a file that is refused. */
const isDamaged = (issues: readonly FileIssue[]) =>
  issues.some((issue) => ['not-json', 'too-large'].includes(issue.code) || issue.reason === 'damaged-link');

/** What a link that cannot be opened (a shared assessment, a respondent's questions) shows instead. */
export function LinkRefused({
  issues,
  framework,
  headingRef,
}: {
  issues: readonly FileIssue[];
  framework: Framework;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('share.damagedHeading')}
      </h1>
      <p>{t(isDamaged(issues) ? 'share.damaged' : 'share.refused')}</p>
      <FileIssueList issues={issues} framework={framework} />
      <p>
        <Link href="/">{t('walk.backToList')}</Link>
      </p>
    </div>
  );
}
