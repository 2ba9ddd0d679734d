// One stakeholder: who they are, whom to call, the needs they report and whom they work with.
import {
  Anchor,
  Badge,
  Button,
  Center,
  Grid,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
} from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { SavedNotice } from '../../../ui/SavedNotice';
import { useSavedAt } from '../../../ui/useSavedAt';
import { TypeBadge } from '../TypeBadge';
import { listAddress } from '../useListAddress';
import { useStakeholder } from '../useStakeholders';
import { CatalogueShareSection } from './CatalogueShareSection';
import { ContactsSection } from './ContactsSection';
import { DeleteStakeholderButton } from './DeleteStakeholderButton';
import { LinksSection } from './LinksSection';
import { ObservationsSection } from './ObservationsSection';
import { StakeholderFacts } from './StakeholderFacts';
import '../stakeholders.css';

function BackLink() {
  const { t } = useTranslation('stakeholders');
  return (
    <Anchor component={Link} to={listAddress()} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden className="mirror-in-rtl" />
        {t('detail.back')}
      </Group>
    </Anchor>
  );
}

export function StakeholderPage() {
  const { t } = useTranslation('stakeholders');
  const { id = '' } = useParams();
  const stakeholder = useStakeholder(id);
  const { savedAt, markSaved } = useSavedAt();
  const arrivedSaved = (useLocation().state as { savedAt?: number } | null)?.savedAt;
  useEffect(() => {
    if (arrivedSaved) markSaved();
  }, [arrivedSaved, markSaved]);

  if (stakeholder === undefined) {
    return (
      <Center mih={200}>
        <Loader aria-hidden />
      </Center>
    );
  }
  if (stakeholder === null) {
    return (
      <Stack gap="sm">
        <BackLink />
        <Text role="alert">{t('detail.notFound')}</Text>
      </Stack>
    );
  }
  const actions = (
    <Group gap="sm">
      <SavedNotice at={savedAt} />
      <Button
        component={Link}
        to={`/stakeholders/${id}/edit`}
        leftSection={<IconPencil size={16} aria-hidden />}
      >
        {t('detail.edit')}
      </Button>
      <DeleteStakeholderButton id={id} name={stakeholder.name} />
    </Group>
  );

  return (
    <Stack gap="md">
      <BackLink />
      <PageHeader title={stakeholder.name} aside={actions} />
      <Group gap="xs">
        <TypeBadge type={stakeholder.type} />
        <Badge variant="outline" color="gray" tt="none" c="dark.6">
          {`${t('engagement.label')}: ${t(`engagement.${stakeholder.engagement}`)}`}
        </Badge>
        {stakeholder.presetPartnerId && (
          <Badge variant="outline" color="indigo" tt="none">
            {t('detail.presetPartner')}
          </Badge>
        )}
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <StakeholderFacts stakeholder={stakeholder} />
            </Paper>
            <Paper withBorder p="md">
              <ContactsSection contacts={stakeholder.contacts} />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <ObservationsSection stakeholder={stakeholder} onSaved={markSaved} />
            </Paper>
            <Paper withBorder p="md">
              <LinksSection stakeholderId={id} onSaved={markSaved} />
            </Paper>
            <Paper withBorder p="md">
              <CatalogueShareSection stakeholder={stakeholder} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
