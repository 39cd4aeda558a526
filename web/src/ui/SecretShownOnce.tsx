// A secret the server returns once (a token, a signing secret): the warning that it cannot be
// shown again, the value with a copy button, and the button that closes the dialog.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { CopyField } from './CopyField.tsx';

type Props = { label: string; value: string; onDone: () => void; children: ReactNode };

export function SecretShownOnce({ label, value, onDone, children }: Props) {
  return (
    <Stack>
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
        {children}
      </Alert>
      <CopyField label={label} value={value} />
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
