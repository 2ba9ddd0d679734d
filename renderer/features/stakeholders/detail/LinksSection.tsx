// The stakeholder's links, read from this page's side ("Funded by OWWA"), then the composer.
import { ActionIcon, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { IconUnlink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../formatDay';
import { useLinksOf } from '../useStakeholders';
import { useStakeholderOptions } from '../useStakeholderOptions';
import { useStakeholderWrites } from '../useStakeholderWrites';
import { useWriteFailure } from '../useWriteFailure';
import { AddLinkForm } from './AddLinkForm';

export function LinksSection({
  stakeholderId,
  onSaved,
}: {
  stakeholderId: string;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('stakeholders');
  const links = useLinksOf(stakeholderId) ?? [];
  const names = new Map(useStakeholderOptions().map((o) => [o.id, o.name]));
  const writes = useStakeholderWrites();
  const reportFailure = useWriteFailure();
  const remove = (id: string) => writes.deleteLink(id).then(onSaved, reportFailure);

  return (
    <Stack gap="xs" component="section" aria-labelledby="links-title">
      <Title order={2} size="h4" id="links-title">
        {t('links.title')}
      </Title>
      {links.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('links.empty')}
        </Text>
      )}
      <Stack
        gap={6}
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        data-testid="stakeholder-links"
      >
        {links.map((link) => {
          const incoming = link.toId === stakeholderId;
          const otherId = incoming ? link.fromId : link.toId;
          const name = names.get(otherId) ?? '';
          return (
            <Group component="li" key={link.id} wrap="nowrap" align="flex-start" gap="xs">
              <Stack gap={0} style={{ flex: 1 }}>
                <Text size="sm">
                  {t(
                    incoming
                      ? `linkTypes.incoming.${link.type}`
                      : `linkTypes.outgoing.${link.type}`,
                  )}{' '}
                  <Anchor component={Link} to={`/stakeholders/${otherId}`} fw={600}>
                    {name}
                  </Anchor>
                  {link.since &&
                    ` · ${t('links.sinceDate', { date: formatDay(i18n.language, link.since) })}`}
                </Text>
                {link.note && (
                  <Text size="xs" c="dimmed">
                    {link.note}
                  </Text>
                )}
              </Stack>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('links.remove', { name })}
                onClick={() => void remove(link.id)}
              >
                <IconUnlink size={16} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
      </Stack>
      <AddLinkForm stakeholderId={stakeholderId} onSaved={onSaved} />
    </Stack>
  );
}
