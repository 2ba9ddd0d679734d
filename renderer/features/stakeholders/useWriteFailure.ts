// A write that fails for a reason other than bad input (disk full, database closed) is said
// aloud in the user's language, never swallowed: nothing on screen pretends it was saved.
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../ui/useErrorText';

export function useWriteFailure() {
  const { t } = useTranslation();
  const describeError = useErrorText();
  return useCallback(
    (error: unknown) => {
      const reason = describeError(error);
      notifications.show({
        color: 'red',
        message: t('errors.saveFailed', { reason }),
        autoClose: false,
        closeButtonProps: { 'aria-label': t('app.close') },
      });
    },
    [t, describeError],
  );
}
