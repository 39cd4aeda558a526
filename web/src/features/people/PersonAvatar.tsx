// A person's picture, or their initials when the networks gave none.
import { Avatar, type AvatarProps } from '@mantine/core';

export function PersonAvatar({ person, ...props }: { person: { displayName: string; avatarUrl: string | null } } & AvatarProps) {
  return <Avatar src={person.avatarUrl} name={person.displayName} color="initials" alt="" {...props} />;
}
