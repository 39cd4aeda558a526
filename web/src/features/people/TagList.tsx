// A person's tags as small badges, or nothing.
import { Badge, Group } from '@mantine/core';

export function TagList({ tags, max = 4 }: { tags: string[]; max?: number }) {
  if (tags.length === 0) return null;
  const shown = tags.slice(0, max);
  return (
    <Group gap={4} wrap="wrap">
      {shown.map((tag) => (
        <Badge key={tag} variant="light" size="sm" radius="sm" tt="none">
          {tag}
        </Badge>
      ))}
      {tags.length > max ? (
        <Badge variant="outline" size="sm" radius="sm" color="gray" aria-label={`${tags.length - max} more tags`}>
          +{tags.length - max}
        </Badge>
      ) : null}
    </Group>
  );
}
