// The "?" overlay: every inbox shortcut with its key.
import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { shortcuts } from './shortcuts.ts';

export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts">
      <Table aria-label="Keyboard shortcuts" verticalSpacing={4}>
        <Table.Tbody>
          {shortcuts.map((s) => (
            <Table.Tr key={s.id} data-shortcut={s.id}>
              <Table.Td w={120}>
                <Group gap={4}>
                  {s.shift && s.keys[0] !== '?' ? <Kbd size="xs">Shift</Kbd> : null}
                  {s.keys.map((k) => (
                    <Kbd key={k} size="xs">
                      {k === 'A' ? 'a' : k}
                    </Kbd>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{s.label}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        Letters do nothing while you type in a field; press Esc to leave it.
      </Text>
    </Modal>
  );
}
