// Theme, right-to-left direction that follows the language, notifications and translations.
import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n } from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { directionOf } from './i18n/i18n';
import { cssVariablesResolver, theme } from './theme';

function DirectionFollowsLanguage({ i18n }: { i18n: i18n }) {
  const { setDirection } = useDirection();
  useEffect(() => {
    const apply = (lng: string) => setDirection(directionOf(lng));
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n, setDirection]);
  return null;
}

export function AppProviders({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(i18n.language)} detectDirection={false}>
        <DirectionFollowsLanguage i18n={i18n} />
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <Notifications position="top-center" />
          {children}
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
