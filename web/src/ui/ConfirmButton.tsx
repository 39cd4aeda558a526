// A destructive action that asks first, in a dialog that names what will happen.
import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';

type Props = ButtonProps & {
  children: ReactNode;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  'aria-label'?: string;
};

export function ConfirmButton({ children, title, message, confirmLabel, onConfirm, ...buttonProps }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useDisclosure(false);
  const confirm = async () => {
    setBusy.open();
    try {
      await onConfirm();
      close();
    } finally {
      setBusy.close();
    }
  };
  return (
    <>
      <Button variant="subtle" color="red" size="xs" {...buttonProps} onClick={open}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title}>
        <Stack>
          <Text size="sm">{message}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              Cancel
            </Button>
            <Button color="red" loading={busy} onClick={confirm}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
