// A link back to a list, with an arrow that points the right way in right-to-left languages.
import { Anchor, Group, useDirection } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';

export function BackLink({ to, label }: { to: string; label: string }) {
  const { dir } = useDirection();
  const Arrow = dir === 'rtl' ? IconArrowRight : IconArrowLeft;
  return (
    <Anchor component={Link} to={to} size="sm">
      <Group gap={4} component="span">
        <Arrow size={14} aria-hidden />
        {label}
      </Group>
    </Anchor>
  );
}
