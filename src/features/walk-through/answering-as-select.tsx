import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useAnsweringAsStore } from '../../components/answering-as-store';
import type { Respondent } from '../../domain/assessment/assessment-schema';

/**
 * Who answers in this tab: the coordinator, whose answers are the decided ones, or one of the
 * respondents, whose answers then land in their own slot and nobody else's.
 */
export function AnsweringAsSelect({
  assessmentId,
  respondents,
  current,
}: {
  assessmentId: string;
  respondents: readonly Respondent[];
  current: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const setAnsweringAs = useAnsweringAsStore((s) => s.setAnsweringAs);
  return (
    <p className="answering-as">
      <label htmlFor={id}>{t('team.answeringAs')}</label>{' '}
      <select
        id={id}
        className="input input--select"
        value={current ?? ''}
        onChange={(event) => setAnsweringAs(assessmentId, event.target.value || undefined)}
      >
        <option value="">{t('team.coordinator')}</option>
        {respondents.map((respondent) => (
          <option key={respondent.id} value={respondent.id}>
            {respondent.organisation
              ? t('team.respondentOption', { name: respondent.name, organisation: respondent.organisation })
              : respondent.name}
          </option>
        ))}
      </select>
    </p>
  );
}
