// A short list of the services that fit a case's categories, each with its handout languages
// and a print link, for the intake's and the case page's side column.
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../domain/records';
import { formatList } from '../../ui/format';
import { handoutPrintPath } from './HandoutPrintPanel';
import { ServiceStatusBadge } from './ServiceStatusBadge';
import { useSuggestedServices, type SuggestedService } from './useSuggestedServices';

function SuggestedRow({ service, language }: { service: SuggestedService; language: Language }) {
  const { t } = useTranslation('services');
  const nameOf = (lng: Language) => t(`languages.${lng}`, { ns: 'common' });
  const printIn = service.handoutLanguages.includes(language)
    ? language
    : service.handoutLanguages[0];
  return (
    <Stack gap={2} component="li">
      <Anchor component={Link} to={`/services/${service.id}`} fw={600}>
        {service.name}
      </Anchor>
      {service.agencyName && (
        <Text size="sm" c="dimmed">
          {service.agencyName}
        </Text>
      )}
      <Group gap="xs">
        {service.verificationStatus === 'toVerify' && <ServiceStatusBadge service={service} />}
        {printIn ? (
          <Anchor
            component={Link}
            to={handoutPrintPath(service.id, printIn)}
            size="sm"
            aria-label={t('suggested.printHandout', { service: service.name })}
          >
            <Group gap={4} component="span">
              <IconPrinter size={14} aria-hidden />
              {t('suggested.handoutIn', {
                languages: formatList(language, service.handoutLanguages.map(nameOf)),
              })}
            </Group>
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('suggested.noHandout')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

export function SuggestedServices({ categories }: { categories: readonly string[] }) {
  const { t, i18n } = useTranslation('services');
  const services = useSuggestedServices(categories);
  let body;
  if (categories.length === 0) body = <Text size="sm">{t('suggested.chooseCategories')}</Text>;
  else if (services.length === 0) body = <Text size="sm">{t('suggested.empty')}</Text>;
  else {
    body = (
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {services.map((service) => (
          <SuggestedRow key={service.id} service={service} language={i18n.language as Language} />
        ))}
      </Stack>
    );
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="suggested-services-title">
      <Stack gap="xs">
        <Title order={2} size="h5" id="suggested-services-title">
          {t('suggested.title')}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}
