// Status and urgency as coloured badges that also say it in words (never colour alone).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isClosingStatus } from '../../../../domain/presets';
import { usePreset, usePresetLabel } from '../../settings';

// Critical is a filled badge: the darkest red keeps white text readable (WCAG AA).
const URGENCY_COLOUR = { low: 'gray', normal: 'blue', high: 'orange', critical: 'red.9' } as const;

export function StatusBadge({ status }: { status: string }) {
  const label = usePresetLabel();
  const preset = usePreset();
  const colour = isClosingStatus(preset, status) ? 'gray' : status === 'new' ? 'indigo' : 'teal';
  const text = label('statuses', status);
  // A long status ("Derivado — pendiente de respuesta…") may be cut to its space: whole on hover.
  return (
    <Badge color={colour} variant="light" data-testid="case-status" title={text}>
      {text}
    </Badge>
  );
}

export function UrgencyBadge({ urgency }: { urgency: keyof typeof URGENCY_COLOUR }) {
  const { t } = useTranslation('cases');
  return (
    <Badge color={URGENCY_COLOUR[urgency]} variant={urgency === 'critical' ? 'filled' : 'light'}>
      {t(`urgency.${urgency}`)}
    </Badge>
  );
}
