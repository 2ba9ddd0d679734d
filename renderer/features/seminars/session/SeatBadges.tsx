// How full a session is, as badges with words (never colour alone).
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SeatCounts } from '../../../../domain/seminars/capacity';

interface Props {
  counts: SeatCounts;
  /** After the session, who came matters more than who registered. */
  showPresent?: boolean | undefined;
}

export function SeatBadges({ counts, showPresent }: Props) {
  const { t } = useTranslation('seminars');
  return (
    <Group gap={6} data-testid="seat-badges">
      {(showPresent || counts.present > 0) && (
        <Badge color="teal" variant="light">
          {t('seats.present', { number: counts.present })}
        </Badge>
      )}
      <Badge color="indigo" variant="light">
        {t('seats.registered', { number: counts.registered, capacity: counts.capacity })}
      </Badge>
      {counts.waitlisted > 0 && (
        <Badge color="orange" variant="light">
          {t('seats.waitlisted', { number: counts.waitlisted })}
        </Badge>
      )}
      {counts.overCapacity ? (
        <Badge color="red" variant="light">
          {t('seats.overCapacity')}
        </Badge>
      ) : (
        counts.free === 0 && (
          <Badge color="gray" variant="light">
            {t('seats.full')}
          </Badge>
        )
      )}
    </Group>
  );
}
