// Checks that a connector implements exactly what its manifest declares: each declared capability
// has its operation, and no operation exists for an undeclared one (callers would never reach it,
// or worse, reach it by a path that skipped the manifest). Run by the contract suite.
import { accountLimitsSchema } from './limits.ts';
import type { Capability, Connector } from './manifest.ts';
import { capabilities } from './manifest.ts';

const operationOf: Record<Capability, keyof Connector | undefined> = {
  publish: 'publish',
  thread: undefined, // publish with replyTo
  media: undefined, // publish with media
  inbox: 'fetchInbox',
  reply: 'reply',
  dm: 'sendDirectMessage',
  moderate: 'moderate',
  metrics: 'fetchMetrics',
  search: 'search',
  members: 'listMembers',
};

export function connectorProblems(connector: Connector): string[] {
  const { manifest } = connector;
  const problems: string[] = [];
  const declared = (c: Capability) => manifest.capabilities.includes(c);
  if (!/^[a-z][a-z0-9-]*$/.test(manifest.id)) problems.push(`id "${manifest.id}" must be lower-case letters, digits and dashes`);
  for (const capability of capabilities) {
    const operation = operationOf[capability];
    if (operation === undefined) continue;
    const implemented = typeof connector[operation] === 'function';
    if (declared(capability) && !implemented) problems.push(`declares ${capability} but has no ${operation}()`);
    if (!declared(capability) && implemented) problems.push(`has ${operation}() but does not declare ${capability}`);
  }
  if ((declared('thread') || declared('media')) && !declared('publish')) problems.push('thread and media need publish');
  if (declared('publish') && manifest.publishIdempotency === undefined) problems.push('publish needs publishIdempotency');
  if (manifest.publishIdempotency === 'unverifiable' && typeof connector.lookupPublished === 'function') {
    problems.push('unverifiable idempotency means there is no lookupPublished() to offer');
  }
  if (manifest.publishIdempotency === 'read-back' && typeof connector.lookupPublished !== 'function') {
    problems.push('read-back idempotency needs lookupPublished()');
  }
  if (declared('moderate') && (manifest.moderationActions ?? []).length === 0) problems.push('moderate needs moderationActions');
  if (declared('media') && manifest.defaultLimits.media === null) problems.push('media needs media limits');
  if (!accountLimitsSchema.safeParse(manifest.defaultLimits).success) problems.push('defaultLimits do not match the limits schema');
  return problems;
}
