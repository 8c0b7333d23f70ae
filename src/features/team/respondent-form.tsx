import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field } from '../../components/forms/field';
import type { Respondent } from '../../domain/assessment/assessment-schema';
import { MAX_SHORT_TEXT } from '../../domain/assessment/text-limits';

export type RespondentFields = Pick<Respondent, 'name' | 'organisation' | 'role'>;

function LineField({
  label,
  hint,
  error,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          className="input"
          autoComplete="off"
          maxLength={MAX_SHORT_TEXT}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** Name, organisation or department, and role of a respondent: to add one, or to edit one. */
export function RespondentForm({
  label,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  /** The form's name, when the heading around it does not say what it is for. */
  label?: string;
  initial?: RespondentFields;
  submitLabel: string;
  onSubmit: (fields: RespondentFields) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [organisation, setOrganisation] = useState(initial?.organisation ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('team.form.nameRequired'));
      return;
    }
    setError(undefined);
    onSubmit({
      name: name.trim(),
      organisation: organisation.trim() || undefined,
      role: role.trim() || undefined,
    });
    if (!initial) {
      setName('');
      setOrganisation('');
      setRole('');
    }
  };
  return (
    <form className="respondent-form" aria-label={label} onSubmit={submit} noValidate>
      <div className="field-grid">
        <LineField label={t('team.form.name')} error={error} value={name} onChange={setName} />
        <LineField
          label={t('team.form.organisation')}
          hint={t('team.form.organisationHint')}
          value={organisation}
          onChange={setOrganisation}
        />
        <LineField label={t('team.form.role')} value={role} onChange={setRole} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
