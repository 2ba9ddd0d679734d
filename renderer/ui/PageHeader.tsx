// The title row of a page, with room for a status or actions at the end.
import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  aside,
  titleId,
}: {
  title: string;
  aside?: ReactNode;
  titleId?: string;
}) {
  return (
    <Group justify="space-between" align="center" wrap="wrap">
      <Title order={1} size="h2" id={titleId}>
        {title}
      </Title>
      {aside}
    </Group>
  );
}
