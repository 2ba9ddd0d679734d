// The walk-in's fields, large for a busy door: names (required), phone, destination, sex.
import { SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonInput } from '../../people';
import { DestinationSelect } from '../DestinationSelect';
import type { useWalkInForm } from './useWalkInForm';

const SEXES = ['female', 'male', 'other', 'unknown'] as const;

export function WalkInFields({ form }: { form: ReturnType<typeof useWalkInForm> }) {
  const { t } = useTranslation('seminars');
  const { fields, set, errors } = form;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          size="lg"
          label={t('fields.givenName', { ns: 'people' })}
          value={fields.givenName}
          onChange={(e) => set('givenName', e.currentTarget.value)}
          error={errors.givenName && t(errors.givenName as 'errors.required', { ns: 'common' })}
          required
          autoFocus
          data-autofocus
        />
        <TextInput
          size="lg"
          label={t('fields.familyName', { ns: 'people' })}
          value={fields.familyName}
          onChange={(e) => set('familyName', e.currentTarget.value)}
          error={errors.familyName && t(errors.familyName as 'errors.required', { ns: 'common' })}
          required
        />
        <TextInput
          size="lg"
          type="tel"
          dir="ltr"
          label={t('fields.phone', { ns: 'people' })}
          value={fields.phone}
          onChange={(e) => set('phone', e.currentTarget.value)}
          error={errors.phone && t(errors.phone as 'errors.phone', { ns: 'common' })}
        />
        <DestinationSelect
          size="lg"
          value={fields.destination}
          onChange={(code) => set('destination', code)}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="walk-in-sex">
          {t('fields.sex', { ns: 'people' })}
        </Text>
        <SegmentedControl
          aria-labelledby="walk-in-sex"
          value={fields.sex}
          onChange={(value) => set('sex', value as PersonInput['sex'])}
          data={SEXES.map((sex) => ({
            value: sex,
            label: t(`sex.${sex}`, { ns: 'people' }),
          }))}
        />
      </Stack>
    </>
  );
}
