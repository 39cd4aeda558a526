/** Up to two initials for an avatar ("Casey Moreno" -> "CM"); "?" when the name has none. */
export const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('') || '?';
