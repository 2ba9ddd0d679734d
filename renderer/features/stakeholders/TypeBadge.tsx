import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StakeholderType } from '../../../domain/stakeholders/taxonomy';
import { TYPE_STYLES } from './typeStyles';

/** The stakeholder's type as a coloured badge that also says it in words. */
export function TypeBadge({ type }: { type: StakeholderType }) {
  const { t } = useTranslation('stakeholders');
  return (
    <Badge
      variant="light"
      color={TYPE_STYLES[type].color}
      radius="sm"
      tt="none"
      fw={600}
      styles={{ label: { color: 'var(--mantine-color-dark-7)', overflow: 'visible' } }}
    >
      {t(`types.${type}`)}
    </Badge>
  );
}
