import { Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconArrowsJoin } from '@tabler/icons-react';
import { Link } from 'react-router';

export function BrandMark() {
  return (
    <UnstyledButton component={Link} to="/" aria-label="Tandem home" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      <Group gap={8} wrap="nowrap">
        <ThemeIcon size="md" radius="md" variant="filled" aria-hidden>
          <IconArrowsJoin size={18} />
        </ThemeIcon>
        <Text fw={700} size="lg" visibleFrom="xs">
          Tandem
        </Text>
      </Group>
    </UnstyledButton>
  );
}
