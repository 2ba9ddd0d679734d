// Settings → About: the version and whether this is the desktop app or a browser.
import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platform, type AppInfo } from '../../platform';

export function AboutPanel() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    void platform.appInfo().then((value) => live && setInfo(value));
    return () => {
      live = false;
    };
  }, []);
  return (
    <Stack gap={4} component="section" aria-labelledby="about-title">
      <Title order={2} size="h4" id="about-title">
        {t('settings.aboutSection')}
      </Title>
      {info && (
        <>
          <Text size="sm">{t('settings.version', { version: info.version })}</Text>
          <Text size="sm" c="dimmed">
            {t('settings.runtime', {
              runtime: platform.isDesktop
                ? t('settings.runtimeDesktop')
                : t('settings.runtimeBrowser'),
            })}
          </Text>
        </>
      )}
    </Stack>
  );
}
