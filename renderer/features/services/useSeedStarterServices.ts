// Once the desk is set up, the starter services of its preset join the directory (OFW desk:
// the real agencies' services, marked "to be verified by the desk").
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWriteContext } from '../../db';
import { useDesk } from '../settings';
import { seedStarterServices } from './servicesRepository';
import { useErrorText } from '../../ui/useErrorText';

export function useSeedStarterServices() {
  const ctx = useWriteContext();
  const { t } = useTranslation('services');
  const { presetId } = useDesk().profile;
  const describeError = useErrorText();

  useEffect(() => {
    seedStarterServices(ctx, presetId).catch((error: unknown) => {
      // Not fatal: the directory works without them, and the next start tries again.
      console.error('Could not add the starter services', error);
      notifications.show({
        id: 'services-seed-failed',
        color: 'orange',
        message: t('seed.failed', {
          reason: describeError(error),
        }),
      });
    });
  }, [ctx, presetId, t, describeError]);
}
