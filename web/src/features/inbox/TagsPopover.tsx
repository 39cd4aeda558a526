// The conversation's tags, edited in place: type and Enter to add, Backspace or × to remove.
// Only what changed is sent (tagsAdd / tagsRemove), so two teammates tagging at once both count.
import { Badge, Button, Group, Popover, TagsInput } from '@mantine/core';
import { IconTag } from '@tabler/icons-react';

type Props = { opened: boolean; onChange: (opened: boolean) => void; disabled: boolean; tags: string[]; knownTags: string[]; onTags: (change: { tagsAdd: string[]; tagsRemove: string[] }) => void };

export function TagsPopover({ opened, onChange, disabled, tags, knownTags, onTags }: Props) {
  const update = (next: string[]) => {
    const clean = [...new Set(next.map((t) => t.trim()).filter(Boolean))];
    const tagsAdd = clean.filter((t) => !tags.includes(t));
    const tagsRemove = tags.filter((t) => !clean.includes(t));
    if (tagsAdd.length || tagsRemove.length) onTags({ tagsAdd, tagsRemove });
  };
  return (
    <Popover opened={opened} onChange={onChange} position="bottom-start" width={300} shadow="md" trapFocus withinPortal>
      <Popover.Target>
        <Button size="xs" variant="default" leftSection={<IconTag size={14} />} disabled={disabled} aria-label="Tags" onClick={() => onChange(!opened)}>
          {tags.length === 0 ? 'Tags' : `${tags.length} tag${tags.length > 1 ? 's' : ''}`}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <TagsInput label="Tags" placeholder="Add a tag and press Enter" data-autofocus value={tags} data={knownTags.filter((t) => !tags.includes(t))} onChange={update} clearable maxTags={50} />
      </Popover.Dropdown>
    </Popover>
  );
}

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <Group gap={4} aria-label="Conversation tags" role="list">
      {tags.map((t) => (
        <Badge key={t} role="listitem" size="sm" variant="outline" color="gray" tt="none">
          {t}
        </Badge>
      ))}
    </Group>
  );
}
