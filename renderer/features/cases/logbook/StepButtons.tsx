// Back and Next at the foot of a step, with arrows that point the reading way (mirrored in
// Arabic). Next stays disabled until the step has what the next one needs.
import { Button, Group, useDirection } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  onBack?: (() => void) | undefined;
  onNext?: (() => void) | undefined;
  nextDisabled?: boolean;
  children?: ReactNode;
}

export function StepButtons({ onBack, onNext, nextDisabled, children }: Props) {
  const { t } = useTranslation('logbook');
  const { dir } = useDirection();
  const [Backward, Forward] =
    dir === 'rtl' ? [IconArrowRight, IconArrowLeft] : [IconArrowLeft, IconArrowRight];
  return (
    <Group gap="sm">
      {onBack && (
        <Button variant="default" onClick={onBack} leftSection={<Backward size={16} aria-hidden />}>
          {t('back')}
        </Button>
      )}
      {onNext && (
        <Button
          onClick={onNext}
          disabled={nextDisabled}
          rightSection={<Forward size={16} aria-hidden />}
        >
          {t('next')}
        </Button>
      )}
      {children}
    </Group>
  );
}
