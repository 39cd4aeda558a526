// The variables a saved reply may hold, filled in when it is inserted into a reply
// (src/core/inbox/saved-replies: an unknown variable is refused with unknown_variable).
export const replyVariables: { name: string; means: string }[] = [
  { name: 'person.name', means: "the person's name" },
  { name: 'person.firstName', means: 'the first word of their name' },
  { name: 'person.handle', means: 'their handle on this network' },
  { name: 'agent.name', means: 'your name' },
  { name: 'agent.firstName', means: 'your first name' },
  { name: 'channel.name', means: "the channel's name" },
  { name: 'workspace.name', means: "the workspace's name" },
];

/** Variables in a body that are not in the list above, to warn before the server refuses them. */
export function unknownVariables(body: string): string[] {
  const known = new Set(replyVariables.map((v) => v.name));
  return [...body.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!).filter((name) => !known.has(name));
}
