// The saved replies as a searchable menu beside the reply box, for those who prefer clicking to
// typing "/". Picking one fills the box with it, variables already filled in.
import { ActionIcon, Popover, ScrollArea, Stack, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { IconMessageBolt } from '@tabler/icons-react';
import { useState } from 'react';
import type { SavedReply } from '../../api/inbox-types.ts';
import { rank } from './reply-autocomplete.ts';

type Props = { savedReplies: SavedReply[]; onPick: (reply: SavedReply) => void; disabled?: boolean };

export function SavedReplyPicker({ savedReplies, onPick, disabled }: Props) {
  const [opened, setOpened] = useState(false);
  const [q, setQ] = useState('');
  const shown = rank(savedReplies, q, (r) => [r.shortcut, r.name], 50);
  const pick = (r: SavedReply) => {
    setOpened(false);
    setQ('');
    onPick(r);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="top-start" width={320} shadow="md" trapFocus>
      <Popover.Target>
        <Tooltip label="Saved replies (type / in the box)" withArrow>
          <ActionIcon variant="subtle" color="gray" aria-label="Saved replies" disabled={disabled} onClick={() => setOpened((o) => !o)}>
            <IconMessageBolt size={18} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <TextInput
            size="xs"
            aria-label="Find a saved reply"
            placeholder="Find a saved reply"
            data-autofocus
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && shown[0]) {
                e.preventDefault();
                pick(shown[0]);
              }
            }}
          />
          <ScrollArea.Autosize mah={260}>
            {shown.length === 0 ? (
              <Text size="xs" c="dimmed">
                {savedReplies.length === 0 ? 'No saved replies yet: an admin adds them in the inbox settings.' : 'None matches.'}
              </Text>
            ) : (
              <Stack gap={2} role="list" aria-label="Saved replies list">
                {shown.map((r) => (
                  <UnstyledButton key={r.id} role="listitem" className="inbox-suggestion" onClick={() => pick(r)} aria-label={`Use saved reply ${r.name}`}>
                    <Text size="sm" fw={500}>
                      {r.name}{' '}
                      <Text span size="xs" c="dimmed">
                        /{r.shortcut}
                      </Text>
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {r.body}
                    </Text>
                  </UnstyledButton>
                ))}
              </Stack>
            )}
          </ScrollArea.Autosize>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
