// Whether the desk has confirmed a service: always a badge with words, never colour alone.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/format';
import type { Service } from './serviceTypes';
import { WRAPPING_BADGE } from './wrappingBadge';

export function ServiceStatusBadge({
  service,
}: {
  service: Pick<Service, 'verificationStatus' | 'lastVerifiedAt'>;
}) {
  const { t, i18n } = useTranslation('services');
  if (service.verificationStatus !== 'verified') {
    return (
      <Badge color="orange" variant="light" tt="none" styles={WRAPPING_BADGE}>
        {t('status.toVerify')}
      </Badge>
    );
  }
  return (
    <Badge color="teal" variant="light" tt="none" styles={WRAPPING_BADGE}>
      {service.lastVerifiedAt
        ? t('status.verifiedOn', { date: formatDate(i18n.language, service.lastVerifiedAt) })
        : t('status.verified')}
    </Badge>
  );
}
