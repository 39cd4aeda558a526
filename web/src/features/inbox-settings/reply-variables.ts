// The variables a saved reply may hold, filled in when it is inserted into a reply. The names are
// the server's (src/core/inbox/saved-replies/variables.ts): the Record makes a new one there a type
// error here until it is described.
import type { SavedReplyVariable } from '../../../../src/core/inbox/saved-replies/variables.ts';

const meanings: Record<SavedReplyVariable, string> = {
  'person.name': "the person's name",
  'person.first_name': 'the first word of their name',
  'agent.name': 'your name (the teammate who sends it)',
  'agent.first_name': 'your first name',
  'channel.name': "the channel's name",
  'workspace.name': "the workspace's name",
};

export const replyVariables = Object.entries(meanings).map(([name, means]) => ({ name, means }));

/** Variables in a body that the server would refuse (unknown_variable), to point at before saving. */
export function unknownVariables(body: string): string[] {
  const known = new Set(Object.keys(meanings));
  return [...new Set([...body.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1]!).filter((name) => !known.has(name)))];
}
