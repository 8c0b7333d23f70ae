import { useTranslation } from 'react-i18next';

import { Field } from '../../components/forms/field';
import { MAX_NAME_LENGTH } from '../../team-sync/team-bindings';

/** The name the others see beside the step one is on: asked once, kept in this browser. */
export function NameField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('teamSync.nameLabel')} hint={t('teamSync.nameHint')} error={error}>
      {(control) => (
        <input
          {...control}
          className="input"
          autoComplete="name"
          maxLength={MAX_NAME_LENGTH}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
