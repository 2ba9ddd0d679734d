// The languages a service's handout is written in, each named in itself.
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { handoutLanguages } from '../../../domain/records/handout';
import type { Service } from './serviceTypes';

export function HandoutLanguageBadges({ content }: { content: Service['content'] }) {
  const { t } = useTranslation('services');
  const languages = handoutLanguages(content);
  if (languages.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('list.noHandout')}
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {languages.map((lng) => (
        <Badge key={lng} variant="outline" color="gray" tt="none" lang={lng}>
          {t(`languages.${lng}`, { ns: 'common' })}
        </Badge>
      ))}
    </Group>
  );
}
