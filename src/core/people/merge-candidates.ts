// Who else might these people be? One bounded lookup per rule for the whole batch (e-mails,
// profile URLs, handle keys, names), then the rules of merge-rules.ts on every pair found.
import { identitiesWithHandleKeys, loadMatchRows, peopleWithEmails, peopleWithNames, peopleWithUrls, type MatchRows, type ValueHit } from '../../db/queries/merge-suggestions.ts';
import type { WorkspaceCtx } from '../shared/context.ts';
import {
  COMMON_VALUE_LIMIT,
  SUGGEST_MIN_CONFIDENCE,
  combineConfidence,
  handleKeyOf,
  normaliseEmail,
  normaliseName,
  normaliseProfileUrl,
  orderedPair,
  profileUrlVariants,
  reasonsBetween,
  type MatchProfile,
  type MergeReason,
} from './merge-rules.ts';

export type CandidatePair = { personId: string; otherPersonId: string; reasons: MergeReason[]; confidence: number };

/** Each lookup reads at most this many rows per value: enough to tell a shared value from a common one. */
const PER_VALUE = COMMON_VALUE_LIMIT * 3;
/** Names that merely start alike: candidates for a typo, checked by similarity afterwards. */
const PER_NAME_PREFIX = 30;

export function profilesOf(rows: MatchRows): Map<string, MatchProfile> {
  const profiles = new Map<string, MatchProfile>();
  for (const p of rows.people) {
    if (p.mergedIntoId) continue;
    const name = normaliseName(p.displayName);
    profiles.set(p.id, { personId: p.id, createdAt: p.createdAt, displayName: p.displayName, emails: p.email ? [{ address: normaliseEmail(p.email), verified: false }] : [], urls: [], handles: [], names: name ? [name] : [], networks: [] });
  }
  for (const i of rows.identities) {
    const profile = profiles.get(i.personId);
    if (!profile) continue;
    if (!profile.networks.includes(i.network)) profile.networks.push(i.network);
    if (i.email) {
      const address = normaliseEmail(i.email);
      const known = profile.emails.find((e) => e.address === address);
      if (known) known.verified ||= i.verified;
      else profile.emails.push({ address, verified: i.verified });
    }
    for (const raw of i.profileUrls) {
      const url = normaliseProfileUrl(raw);
      if (url && !profile.urls.includes(url)) profile.urls.push(url);
    }
    if (i.handle) profile.handles.push({ network: i.network, handle: i.handle, key: handleKeyOf(i.handle) });
    const name = i.displayName ? normaliseName(i.displayName) : '';
    if (name && !profile.names.includes(name)) profile.names.push(name);
  }
  return profiles;
}

/** The tsquery "every word" of a name (words kept as the word index sees them) and its prefix pattern. */
function nameLookup(displayName: string): { value: string; words: string; prefix: string } | undefined {
  const value = normaliseName(displayName);
  const words = displayName.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 6) ?? [];
  if (!value || !words.length) return undefined;
  const [first, second] = displayName.toLowerCase().trim().split(/\s+/);
  // "ada l" for "Ada Lovelace"; one-word names get no prefix lookup (too many "adam"s for "ada").
  const prefix = second ? `${first} ${[...second][0]}` : '';
  return { value, words: words.join(' & '), prefix };
}

/** Value -> the distinct people holding it (from the bounded lookups). */
function holders(list: ValueHit[], prefix: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const h of list) {
    const key = `${prefix}:${h.value}`;
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(h.personId);
  }
  return map;
}

export async function findMergeCandidates(ctx: WorkspaceCtx, personIds: string[]): Promise<{ profiles: Map<string, MatchProfile>; pairs: CandidatePair[] }> {
  const { db, workspaceId } = ctx;
  const sources = profilesOf(await loadMatchRows(db, workspaceId, [...new Set(personIds)]));
  if (!sources.size) return { profiles: sources, pairs: [] };
  const all = [...sources.values()];

  const emails = [...new Set(all.flatMap((p) => p.emails.map((e) => e.address)))];
  const urls = [...new Set(all.flatMap((p) => p.urls))];
  const keys = [...new Set(all.flatMap((p) => p.handles.map((h) => h.key)).filter((k) => k.length >= 3))];
  const names = [...new Map(all.map((p) => nameLookup(p.displayName)).filter((n) => n !== undefined).map((n) => [n.value, n])).values()];

  const emailHits = await peopleWithEmails(db, workspaceId, emails, PER_VALUE);
  const urlHits = await peopleWithUrls(db, workspaceId, urls.flatMap((value) => profileUrlVariants(value).map((spelling) => ({ spelling, value }))), PER_VALUE);
  const handleHits = await identitiesWithHandleKeys(db, workspaceId, keys, PER_VALUE);
  const nameHits = await peopleWithNames(db, workspaceId, names, PER_VALUE, PER_NAME_PREFIX);

  const byValue = new Map([...holders(emailHits, 'email'), ...holders(urlHits, 'url'), ...holders(handleHits, 'handle'), ...holders(nameHits.filter((h) => h.via === 'words'), 'name')]);
  const common = new Set([...byValue].filter(([, people]) => people.size > COMMON_VALUE_LIMIT).map(([key]) => key));
  // Prefix hits only widen the search for typos; they never make a name "common".
  for (const [key, people] of holders(nameHits.filter((h) => h.via === 'prefix'), 'name')) {
    const known = byValue.get(key) ?? new Set<string>();
    for (const id of people) known.add(id);
    byValue.set(key, known);
  }

  // Every source's candidates: anyone sharing a value that is not common.
  const candidatesOf = new Map<string, Set<string>>();
  const valuesOf = (p: MatchProfile) => [
    ...p.emails.map((e) => `email:${e.address}`),
    ...p.urls.map((u) => `url:${u}`),
    ...p.handles.map((h) => `handle:${h.key}`),
    ...p.names.slice(0, 1).map((n) => `name:${n}`),
  ];
  for (const p of all) {
    const found = new Set<string>();
    for (const key of valuesOf(p)) {
      if (common.has(key)) continue;
      for (const id of byValue.get(key) ?? []) if (id !== p.personId) found.add(id);
    }
    candidatesOf.set(p.personId, found);
  }
  const missing = [...new Set([...candidatesOf.values()].flatMap((s) => [...s]))].filter((id) => !sources.has(id));
  const profiles = new Map([...sources, ...profilesOf(await loadMatchRows(db, workspaceId, missing))]);

  const pairs = new Map<string, CandidatePair>();
  for (const [sourceId, found] of candidatesOf) {
    for (const otherId of found) {
      const [a, b] = orderedPair(sourceId, otherId);
      const key = `${a}|${b}`;
      const pa = profiles.get(a);
      const pb = profiles.get(b);
      if (pairs.has(key) || !pa || !pb) continue;
      const reasons = reasonsBetween(pa, pb, common);
      const confidence = combineConfidence(reasons);
      if (confidence >= SUGGEST_MIN_CONFIDENCE) pairs.set(key, { personId: a, otherPersonId: b, reasons, confidence });
    }
  }
  return { profiles, pairs: [...pairs.values()].sort((x, y) => y.confidence - x.confidence) };
}
