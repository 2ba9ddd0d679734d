// The case categories a service helps with, as toggle chips (the same chips a case uses).
import { Chip, Fieldset, Group, Text } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { usePresetLabels } from './usePresetLabels';
import { useServiceFormField } from './useServiceFormField';

export function CategoryChips() {
  const { t } = useTranslation('services');
  const { control } = useServiceFormField();
  const { categories, category } = usePresetLabels();
  return (
    <Fieldset legend={t('form.categories')} variant="unstyled">
      <Text size="sm" c="dimmed" mb="xs">
        {t('form.categoriesHint')}
      </Text>
      <Controller
        control={control}
        name="categories"
        render={({ field }) => (
          <Chip.Group multiple value={field.value ?? []} onChange={field.onChange}>
            <Group gap={6}>
              {categories.map((id) => (
                <Chip key={id} value={id} size="sm">
                  {category(id)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        )}
      />
    </Fieldset>
  );
}
