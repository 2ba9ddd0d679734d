// Whether and when the desk last confirmed the service with the agency.
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../domain/localDay';
import { DateField } from '../../ui/DateField';
import { FormSection } from './FormSection';
import { useServiceFormField } from './useServiceFormField';

export function ServiceCheckSection() {
  const { t } = useTranslation('services');
  const { error, control, setValue } = useServiceFormField();
  const markVerifiedToday = () => {
    setValue('verificationStatus', 'verified', { shouldDirty: true });
    setValue('lastVerifiedAt', localDay(), { shouldDirty: true });
  };
  return (
    <FormSection title={t('form.checkSection')} hint={t('form.checkHint')}>
      <Group align="flex-end" gap="md" wrap="wrap">
        <Controller
          control={control}
          name="verificationStatus"
          render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="service-verification-label">
                {t('form.verificationStatus')}
              </Text>
              <SegmentedControl
                aria-labelledby="service-verification-label"
                value={field.value ?? 'toVerify'}
                onChange={field.onChange}
                data={[
                  { value: 'toVerify', label: t('status.toVerify') },
                  { value: 'verified', label: t('status.verified') },
                ]}
              />
            </Stack>
          )}
        />
        <Controller
          control={control}
          name="lastVerifiedAt"
          render={({ field }) => (
            <DateField
              {...field}
              value={field.value ?? ''}
              onChange={(day) => field.onChange(day || undefined)}
              label={t('form.lastVerifiedAt')}
              error={error('lastVerifiedAt')}
              w={200}
            />
          )}
        />
        <Button
          variant="light"
          leftSection={<IconCalendarCheck size={16} aria-hidden />}
          onClick={markVerifiedToday}
        >
          {t('form.verifiedToday')}
        </Button>
      </Group>
    </FormSection>
  );
}
