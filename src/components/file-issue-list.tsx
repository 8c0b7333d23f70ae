import { useTranslation } from 'react-i18next';

import type { FileIssue } from '../domain/assessment/assessment-file';
import type { Framework } from '../domain/criteria/criterion-schema';
import { useLanguage } from '../i18n/use-language';
import { describeFileIssue } from './describe-file-issue';

/** Problems of a file, each in words with its place, the technical path and message folded away. */
export function FileIssueList({
  issues,
  framework,
  className,
}: {
  issues: readonly FileIssue[];
  framework: Framework;
  className?: string;
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  return (
    <ul className={className}>
      {issues.map((issue, i) => {
        const { place, text, detail } = describeFileIssue(issue, framework, t, localize);
        return (
          <li key={i} className="file-issue">
            <span>{place ? `${place}: ${text}` : text}</span>{' '}
            <details className="file-issue__detail">
              <summary>{t('import.technicalDetail')}</summary>
              <code>{detail}</code>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
