// /print/service/:id?lang=ar — the client handout of a service as a printable page, outside the
// app shell. The language comes from the address; the sheet speaks it whatever the interface
// language is.
import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { LANGUAGES, type Language } from '../../../../domain/records';
import { handoutContentSchema, handoutLanguages } from '../../../../domain/records/handout';
import { PrintView } from '../../../ui/print';
import { useRecordPrint } from '../../audit';
import { useDesk } from '../../settings';
import type { Service } from '../serviceTypes';
import { useAgencyNaming } from '../useAgencyNaming';
import { useService } from '../useServices';
import { HandoutNotAvailableSheet } from './HandoutNotAvailableSheet';
import { HandoutSheet } from './HandoutSheet';
import { useHandoutAgencyName } from './useHandoutAgencyName';

function asLanguage(value: string | null, fallback: string): Language {
  const known = (lng: string | null): lng is Language =>
    lng !== null && (LANGUAGES as readonly string[]).includes(lng);
  if (known(value)) return value;
  return known(fallback) ? fallback : 'en';
}

function OtherLanguages({ service, languages }: { service: Service; languages: Language[] }) {
  const { t } = useTranslation('services');
  if (languages.length === 0) return null;
  return (
    <Group className="handout-screen-only" justify="center" gap="xs" mt="md">
      <Text size="sm">{t('sheet.otherLanguage')}</Text>
      {languages.map((lng) => (
        <Button
          key={lng}
          size="xs"
          variant="default"
          component={Link}
          to={`/print/service/${service.id}?lang=${lng}`}
          replace
          lang={lng}
        >
          {t(`languages.${lng}`, { ns: 'common' })}
        </Button>
      ))}
    </Group>
  );
}

function HandoutPrint({ service, language }: { service: Service; language: Language }) {
  const navigate = useNavigate();
  const { profile } = useDesk();
  const { agencyOf } = useAgencyNaming();
  const recordPrint = useRecordPrint();
  const agencyName = useHandoutAgencyName(service, language, agencyOf);
  const written = handoutLanguages(service.content);
  const raw = service.content[language];
  const content = written.includes(language) && raw ? handoutContentSchema.parse(raw) : null;
  return (
    <PrintView
      fileName={`${(content?.title || service.name).replace(/[^\p{L}\p{N}]+/gu, '-')}-${language}`}
      onBack={() => void navigate(`/services/${service.id}`)}
      onPrint={() => recordPrint('handout', 'services', service.id)}
    >
      {content ? (
        <HandoutSheet
          service={service}
          content={content}
          language={language}
          desk={profile}
          agencyName={agencyName}
        />
      ) : (
        <>
          <HandoutNotAvailableSheet
            serviceName={service.name}
            language={language}
            available={written}
            desk={profile}
          />
          <OtherLanguages service={service} languages={written} />
        </>
      )}
    </PrintView>
  );
}

export function ServiceHandoutPrintPage() {
  const { t, i18n } = useTranslation('services');
  const { id } = useParams();
  const [params] = useSearchParams();
  const service = useService(id);
  const language = asLanguage(params.get('lang'), i18n.language);
  if (service === undefined) {
    return (
      <Center h="100vh">
        <Loader role="status" aria-label={t('list.loading')} />
      </Center>
    );
  }
  if (service === null) {
    return (
      <Center h="100vh" component="main" id="main">
        <Alert color="red" role="alert">
          {t('sheet.notFound')}
        </Alert>
      </Center>
    );
  }
  return <HandoutPrint service={service} language={language} />;
}
