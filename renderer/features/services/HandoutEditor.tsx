// The client handout, one tab per language; each tab says whether that language is written.
import { Tabs, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../domain/records';
import { hasHandoutContent } from '../../../domain/records/handout';
import { FormSection } from './FormSection';
import { HandoutLanguageFields } from './HandoutLanguageFields';
import { useServiceFormField } from './useServiceFormField';

export function HandoutEditor({ initialLanguage }: { initialLanguage: Language }) {
  const { t } = useTranslation('services');
  const { control } = useServiceFormField();
  const content = useWatch({ control, name: 'content' });
  const [tab, setTab] = useState<string>(initialLanguage);
  return (
    <FormSection title={t('handout.section')} hint={t('handout.sectionHint')}>
      <Tabs value={tab} onChange={(next) => next && setTab(next)}>
        <Tabs.List aria-label={t('handout.languages')}>
          {LANGUAGES.map((lng) => {
            const written = hasHandoutContent(content?.[lng]);
            return (
              <Tabs.Tab
                key={lng}
                value={lng}
                rightSection={
                  written ? <IconCircleCheck size={16} color="teal" aria-hidden /> : undefined
                }
                data-testid={`handout-tab-${lng}`}
              >
                <span lang={lng}>{t(`languages.${lng}`, { ns: 'common' })}</span>
                <VisuallyHidden>
                  {` (${written ? t('handout.written') : t('handout.notWritten')})`}
                </VisuallyHidden>
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {LANGUAGES.map((lng) => (
          <Tabs.Panel key={lng} value={lng} pt="md">
            <HandoutLanguageFields language={lng} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </FormSection>
  );
}
