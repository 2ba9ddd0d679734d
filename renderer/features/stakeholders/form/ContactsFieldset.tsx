// The contact persons of the organisation: name, role, phone, email, as many as needed.
import { ActionIcon, Button, Fieldset, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  useFieldArray,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { StakeholderFormInput } from '../../../../domain/stakeholders/formSchema';
import { useFieldError } from '../../../ui/useFieldError';
import { blankToUndefined } from '../writeProblems';

interface Props {
  control: Control<StakeholderFormInput>;
  register: UseFormRegister<StakeholderFormInput>;
  errors: FieldErrors<StakeholderFormInput>;
}

export function ContactsFieldset({ control, register, errors }: Props) {
  const { t } = useTranslation('stakeholders');
  const fieldError = useFieldError();
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts' });
  const optional = { setValueAs: blankToUndefined };

  return (
    <Fieldset legend={t('contacts.title')} variant="filled">
      <Stack gap="sm">
        {fields.map((field, index) => {
          const problems = errors.contacts?.[index];
          const number = index + 1;
          return (
            <Group
              key={field.id}
              align="flex-end"
              wrap="nowrap"
              gap="xs"
              aria-label={t('contacts.number', { number })}
              role="group"
            >
              <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs" style={{ flex: 1 }}>
                <TextInput
                  {...register(`contacts.${index}.name`)}
                  label={t('contacts.name')}
                  error={fieldError(problems?.name)}
                  required
                />
                <TextInput
                  {...register(`contacts.${index}.role`, optional)}
                  label={t('contacts.role')}
                />
                <TextInput
                  {...register(`contacts.${index}.phone`, optional)}
                  label={t('contacts.phone')}
                  type="tel"
                  className="ltr-inline"
                  error={fieldError(problems?.phone)}
                />
                <TextInput
                  {...register(`contacts.${index}.email`, optional)}
                  label={t('contacts.email')}
                  type="email"
                  error={fieldError(problems?.email)}
                />
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('contacts.remove', { number })}
                onClick={() => remove(index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
        <div>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => append({ name: '' })}
          >
            {t('contacts.add')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
