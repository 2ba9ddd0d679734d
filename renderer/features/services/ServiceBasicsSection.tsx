// The service, the agency that provides it and the case categories it helps with.
import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgencySelect } from './AgencySelect';
import { CategoryChips } from './CategoryChips';
import { FormSection } from './FormSection';
import { useServiceFormField } from './useServiceFormField';

export function ServiceBasicsSection() {
  const { t } = useTranslation('services');
  const { register, error } = useServiceFormField();
  return (
    <FormSection title={t('form.serviceSection')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          {...register('name')}
          dir="auto"
          label={t('form.name')}
          description={t('form.nameHint')}
          error={error('name')}
          required
          data-autofocus
        />
        <AgencySelect />
      </SimpleGrid>
      <Textarea
        {...register('agencyMandate')}
        dir="auto"
        label={t('form.agencyMandate')}
        description={t('form.agencyMandateHint')}
        error={error('agencyMandate')}
        autosize
        minRows={2}
      />
      <CategoryChips />
    </FormSection>
  );
}
