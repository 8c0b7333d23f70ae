import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { Field } from '../../components/forms/field';
import {
  profileFormSchema,
  toProfileFormValues,
  toProfilePatch,
  type ProfileFormValues,
} from '../../components/forms/profile-form-schema';
import type { Profile, ProfilePatch } from '../../domain/assessment/assessment-schema';
import { MAX_SHORT_TEXT } from '../../domain/assessment/text-limits';
import { useSaveStatusStore } from '../../persistence/save-status-store';

const FIELDS = [
  { name: 'name', isShort: false, inputMode: 'text' },
  { name: 'country', isShort: false, inputMode: 'text' },
  { name: 'region', isShort: false, inputMode: 'text' },
  { name: 'population', isShort: true, inputMode: 'numeric' },
  { name: 'year', isShort: true, inputMode: 'numeric' },
  { name: 'assessor', isShort: false, inputMode: 'text' },
] as const;

/**
 * The community profile: each valid field is saved as it is typed, on its own; a field that is not
 * valid shows its error and the header says it is not saved.
 */
export function ProfileStep({
  profile,
  onSave,
}: {
  profile: Profile;
  onSave: (patch: ProfilePatch) => void;
}) {
  const { t } = useTranslation();
  const {
    register,
    subscribe,
    getValues,
    setValue,
    formState: { errors },
  } = useForm<ProfileFormValues>({
    resolver: zodResolver(profileFormSchema),
    defaultValues: toProfileFormValues(profile),
    mode: 'onChange',
  });
  // What each field last held here, typed or received: only fields that differ from it are saved.
  const seen = useRef<ProfileFormValues>(toProfileFormValues(profile));

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          const { patch, invalid } = toProfilePatch(values, seen.current);
          seen.current = { ...values };
          if (Object.keys(patch).length > 0) onSave(patch);
          useSaveStatusStore.setState({ heldBackFields: invalid.length });
        },
      }),
    [subscribe, onSave],
  );

  // Another tab (or person) changed a field: show it here, unless this field holds text that is not
  // valid yet (the person is still typing it) or the same value written another way ("1,236,393").
  useEffect(() => {
    const current = getValues();
    const { patch, invalid } = toProfilePatch(current);
    const incoming = toProfileFormValues(profile);
    for (const name of Object.keys(incoming) as (keyof ProfileFormValues)[]) {
      if (invalid.includes(name) || patch[name] === profile[name]) continue;
      seen.current = { ...seen.current, [name]: incoming[name] };
      setValue(name, incoming[name]);
    }
  }, [profile, getValues, setValue]);
  useEffect(() => () => useSaveStatusStore.setState({ heldBackFields: 0 }), []);

  return (
    <form className="profile-form" noValidate onSubmit={(event) => event.preventDefault()}>
      {FIELDS.map(({ name, isShort, inputMode }) => {
        const message = errors[name]?.message;
        return (
          <Field
            key={name}
            label={t(`profile.${name}`)}
            hint={name === 'name' ? t('profile.nameHint') : undefined}
            error={message ? t(message as 'errors.nameRequired') : undefined}
          >
            {(control) => (
              <input
                {...control}
                className={`input${isShort ? ' input--short' : ''}`}
                inputMode={inputMode}
                maxLength={isShort ? undefined : MAX_SHORT_TEXT}
                autoComplete="off"
                {...register(name)}
              />
            )}
          </Field>
        );
      })}
    </form>
  );
}
