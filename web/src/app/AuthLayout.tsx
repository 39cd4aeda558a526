// Centered card for the pages seen before signing in (setup, sign-in, invitation).
import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark.tsx';
import { ColorSchemeToggle } from './ColorSchemeToggle.tsx';

export function AuthLayout({ title, subtitle, children, width = 440 }: { title: string; subtitle?: ReactNode; children: ReactNode; width?: number }) {
  return (
    <Box mih="100dvh" bg="var(--mantine-color-default-hover)">
      <Group justify="space-between" p="md">
        <BrandMark />
        <ColorSchemeToggle />
      </Group>
      <Center component="main" id="main" px="md" pb="xl">
        <Stack w="100%" maw={width} gap="lg">
          <Stack gap={4} ta="center">
            <Title order={1} size="h2">
              {title}
            </Title>
            {subtitle ? <Text c="dimmed">{subtitle}</Text> : null}
          </Stack>
          <Paper withBorder shadow="sm" p="xl" radius="lg">
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
