// The client's account. The limit is said before it is reached: a counter appears as the text
// nears it, and past it the message gives the limit and the length, not just "too long".
import { Text, Textarea } from '@mantine/core';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseFactsValues } from '../../../../domain/cases/caseFactsForm';
import { DESCRIPTION_MAX } from '../../../../domain/records';
import { formatNumber } from '../../../ui/format';
import { useFieldError } from '../../../ui/useFieldError';

/** The counter shows from this share of the limit on. */
const NEAR_LIMIT = 0.9;

export function DescriptionField() {
  const { t, i18n } = useTranslation('cases');
  const fieldError = useFieldError();
  const { register, control } = useFormContext<CaseFactsValues>();
  const { errors } = useFormState({ control, name: 'description' });
  const description = useWatch({ control, name: 'description' }) ?? '';
  // The limit applies to the text as saved, without the spaces around it.
  const length = description.trim().length;
  const numbers = {
    length: formatNumber(i18n.language, length),
    max: formatNumber(i18n.language, DESCRIPTION_MAX),
  };
  const error = errors.description;
  const message =
    error?.message === 'errors.tooLong'
      ? t('errors.descriptionTooLong', numbers)
      : fieldError(error);

  return (
    <Textarea
      {...register('description')}
      label={t('intake.description')}
      description={
        <>
          {t('intake.descriptionHint')}
          {length >= DESCRIPTION_MAX * NEAR_LIMIT && (
            <>
              {' · '}
              <Text
                span
                inherit
                fw={600}
                c={length > DESCRIPTION_MAX ? 'red.8' : undefined}
                data-testid="description-counter"
              >
                {t('intake.descriptionCounter', numbers)}
              </Text>
            </>
          )}
        </>
      }
      error={message}
      autosize
      minRows={4}
      maxRows={16}
      required
    />
  );
}
