// Above the list while conversations are selected: resolve, assign, prioritise or tag them all at
// once (useBulkChange), or clear the selection.
import {
  Button,
  Group,
  Menu,
  Paper,
  Popover,
  TagsInput,
  Text,
} from "@mantine/core";
import {
  IconCheck,
  IconFlag,
  IconTag,
  IconUser,
  IconX,
} from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import type { ConversationPatch } from "../../api/inbox-types.ts";
import { priorities, priorityLabels } from "./inbox-labels.ts";
import { useBulkChange } from "./useBulkChange.ts";
import type { Teammate } from "./useTeammates.ts";

type Props = {
  workspaceId: string;
  selected: string[];
  teammates: Teammate[];
  knownTags: string[];
  onDone: () => void;
};

export function BulkBar({
  workspaceId,
  selected,
  teammates,
  knownTags,
  onDone,
}: Props) {
  const bulk = useBulkChange(workspaceId);
  const [tags, setTags] = useState<string[]>([]);
  const [tagging, setTagging] = useState(false);
  const apply = (changes: ConversationPatch) =>
    bulk.mutate({ conversationIds: selected, changes }, { onSuccess: onDone });
  const n = selected.length;
  return (
    <Paper
      className="inbox-bulk-bar"
      p="xs"
      radius={0}
      role="toolbar"
      aria-label="Change the selected conversations"
    >
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600} mr="xs">
          {n} selected
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconCheck size={14} />}
          loading={bulk.isPending}
          onClick={() => apply({ status: "resolved" })}
        >
          Resolve
        </Button>
        <ChoiceMenu
          label="Assign"
          icon={<IconUser size={14} />}
          disabled={bulk.isPending}
          choices={[
            { key: "nobody", label: "Nobody", changes: { assigneeId: null } },
            ...teammates.map((t) => ({
              key: t.userId,
              label: t.name,
              changes: { assigneeId: t.userId },
            })),
          ]}
          onPick={apply}
        />
        <ChoiceMenu
          label="Priority"
          icon={<IconFlag size={14} />}
          disabled={bulk.isPending}
          choices={priorities.map((p) => ({
            key: p,
            label: priorityLabels[p],
            changes: { priority: p },
          }))}
          onPick={apply}
        />
        <Popover
          opened={tagging}
          onChange={setTagging}
          position="bottom-start"
          withinPortal
          trapFocus
        >
          <Popover.Target>
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconTag size={14} />}
              disabled={bulk.isPending}
              onClick={() => setTagging((o) => !o)}
            >
              Tag
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <TagsInput
              label="Tags to add"
              data={knownTags}
              value={tags}
              onChange={setTags}
              maxTags={30}
              w={240}
            />
            <Button
              size="compact-sm"
              mt="xs"
              disabled={tags.length === 0}
              onClick={() => {
                apply({ tagsAdd: tags });
                setTags([]);
                setTagging(false);
              }}
            >
              Add to {n}
            </Button>
          </Popover.Dropdown>
        </Popover>
        <Button
          size="compact-sm"
          variant="subtle"
          color="gray"
          leftSection={<IconX size={14} />}
          onClick={onDone}
          ml="auto"
        >
          Clear
        </Button>
      </Group>
    </Paper>
  );
}

type Choice = { key: string; label: string; changes: ConversationPatch };

/** A toolbar button opening the changes to choose from. */
function ChoiceMenu({
  label,
  icon,
  disabled,
  choices,
  onPick,
}: {
  label: string;
  icon: ReactNode;
  disabled: boolean;
  choices: Choice[];
  onPick: (changes: ConversationPatch) => void;
}) {
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={icon}
          disabled={disabled}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {choices.map((c) => (
          <Menu.Item key={c.key} onClick={() => onPick(c.changes)}>
            {c.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
