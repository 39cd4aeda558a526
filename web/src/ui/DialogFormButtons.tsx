// The foot of a form in a dialog: Cancel, then the submit button that shows the request running.
import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { onCancel: () => void; loading: boolean; disabled?: boolean; children: ReactNode };

export function DialogFormButtons({ onCancel, loading, disabled, children }: Props) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={loading} disabled={disabled}>
        {children}
      </Button>
    </Group>
  );
}
