import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { Field } from '../../components/forms/field';
import {
  profileFormSchema,
  toProfile,
  toProfileFormValues,
  type ProfileFormValues,
} from '../../components/forms/profile-form-schema';
import type { Profile } from '../../domain/assessment/assessment-schema';

const FIELDS = [
  { name: 'name', isShort: false, inputMode: 'text' },
  { name: 'country', isShort: false, inputMode: 'text' },
  { name: 'region', isShort: false, inputMode: 'text' },
  { name: 'population', isShort: true, inputMode: 'numeric' },
  { name: 'year', isShort: true, inputMode: 'numeric' },
  { name: 'assessor', isShort: false, inputMode: 'text' },
] as const;

/** The community profile: every valid change is saved as it is typed; errors show beside their field. */
export function ProfileStep({ profile, onSave }: { profile: Profile; onSave: (profile: Profile) => void }) {
  const { t } = useTranslation();
  const {
    register,
    subscribe,
    formState: { errors },
  } = useForm<ProfileFormValues>({
    resolver: zodResolver(profileFormSchema),
    defaultValues: toProfileFormValues(profile),
    mode: 'onChange',
  });

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          const parsed = profileFormSchema.safeParse(values);
          if (parsed.success) onSave(toProfile(parsed.data));
        },
      }),
    [subscribe, onSave],
  );

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
