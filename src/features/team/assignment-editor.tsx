import { useTranslation } from 'react-i18next';

import type { Respondent } from '../../domain/assessment/assessment-schema';
import { isAssignedEverything } from '../../domain/assessment/assignment';
import type { Framework } from '../../domain/criteria/criterion-schema';
import { useLanguage } from '../../i18n/use-language';

const toggle = (list: readonly string[], id: string, isOn: boolean) =>
  isOn ? [...list.filter((item) => item !== id), id] : list.filter((item) => item !== id);

/**
 * What a respondent is asked: whole criteria, or single questions of the others. Nothing ticked
 * means every question. Each tick is saved at once.
 */
export function AssignmentEditor({
  framework,
  respondent,
  onChange,
}: {
  framework: Framework;
  respondent: Respondent;
  onChange: (assignment: { criteria: string[]; questions: string[] }) => void;
}) {
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const criteria = respondent.criteria ?? [];
  const questions = respondent.questions ?? [];
  return (
    <div className="assignment">
      <p className="muted">
        {isAssignedEverything(respondent) ? t('team.assign.everything') : t('team.assign.hint')}
      </p>
      <fieldset className="choices">
        <legend>{t('team.assign.criteria', { name: respondent.name })}</legend>
        {framework.criteria.map((criterion) => (
          <label key={criterion.id} className="choice">
            <input
              type="checkbox"
              checked={criteria.includes(criterion.id)}
              onChange={(event) =>
                onChange({ criteria: toggle(criteria, criterion.id, event.target.checked), questions })
              }
            />{' '}
            {localize(criterion.name)}
          </label>
        ))}
      </fieldset>
      <details className="assignment__questions">
        <summary>{t('team.assign.singleQuestions', { count: questions.length })}</summary>
        {framework.criteria
          .filter((criterion) => !criteria.includes(criterion.id))
          .map((criterion) => (
            <fieldset key={criterion.id} className="choices">
              <legend>{localize(criterion.name)}</legend>
              {criterion.questions.map((question) => (
                <label key={question.id} className="choice">
                  <input
                    type="checkbox"
                    checked={questions.includes(question.id)}
                    onChange={(event) =>
                      onChange({ criteria, questions: toggle(questions, question.id, event.target.checked) })
                    }
                  />{' '}
                  {localize(question.prompt)}
                </label>
              ))}
            </fieldset>
          ))}
      </details>
    </div>
  );
}
