// What "Publish" will send, drawn from the very object it posts: the commitment as the
// Catalogue page will show it to other cities, with this desk's indicators ("<5" for counts
// under 5), and the same data as it travels, for whoever wants to check it field by field.
import { Code, Stack, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Publication } from '../../../sync';
import { CommitmentCard } from '../CommitmentCard';
import type { CommitmentView } from '../catalogueViews';

export interface PreviewDesk {
  municipality: string;
  country: string;
  deskName: string;
}

export function PublicationPreview({
  publication,
  desk,
  titleRef,
}: {
  publication: Publication;
  desk: PreviewDesk;
  titleRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation('publish');
  const view: CommitmentView = {
    key: 'publish-preview',
    entryId: 'publish-preview',
    tenantId: '',
    municipality: desk.municipality,
    country: publication.commitment.country ?? desk.country,
    commitment: publication.commitment,
    indicators: publication.indicators.map(({ quarter, figures }) => ({
      ...figures,
      quarter,
      deskName: desk.deskName,
    })),
  };
  return (
    <Stack gap="xs" data-testid="publish-preview">
      <Title order={3} size="h5" ref={titleRef} tabIndex={-1} id="publish-preview-title">
        {t('previewTitle')}
      </Title>
      <Text size="sm">{t('previewNote')}</Text>
      <CommitmentCard view={view} level={4} />
      <details>
        <summary>
          <Text span size="sm">
            {t('asSent')}
          </Text>
        </summary>
        <Code block dir="ltr" data-testid="publish-as-sent">
          {JSON.stringify(publication, null, 2)}
        </Code>
      </details>
    </Stack>
  );
}
