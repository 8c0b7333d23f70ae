import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';

import { Field } from '../../components/forms/field';
import { nameFieldSchema, toProfile, yearFieldSchema } from '../../components/forms/profile-form-schema';
import type { Profile } from '../../domain/assessment/assessment-schema';

const nameFormSchema = z.object({ name: nameFieldSchema, year: yearFieldSchema });
type NameFormValues = z.input<typeof nameFormSchema>;

/** The community name (and, for a new assessment, the year): all that is needed to start. */
export default function NameForm({
  submitLabel,
  initialName = '',
  withYear = false,
  onSubmit,
  onCancel,
}: {
  submitLabel: string;
  initialName?: string;
  withYear?: boolean;
  onSubmit: (profile: Profile) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<NameFormValues, unknown, z.output<typeof nameFormSchema>>({
    resolver: zodResolver(nameFormSchema),
    defaultValues: { name: initialName, year: withYear ? String(new Date().getFullYear()) : '' },
  });
  const message = (key: string | undefined) => (key ? t(key as 'errors.nameRequired') : undefined);
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void handleSubmit((values) =>
          onSubmit(toProfile({ ...values, country: '', region: '', population: '', assessor: '' })),
        )(event)
      }
    >
      <Field label={t('profile.name')} error={message(errors.name?.message)}>
        {(control) => <input {...control} className="input" autoComplete="off" {...register('name')} />}
      </Field>
      {withYear && (
        <Field label={t('profile.year')} error={message(errors.year?.message)}>
          {(control) => (
            <input {...control} className="input input--short" inputMode="numeric" {...register('year')} />
          )}
        </Field>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
