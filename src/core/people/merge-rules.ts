// The rules that say two people may be one, each with a confidence, and how the reasons combine.
// Pure functions over what both people's records say; src/core/people/suggest-merges.ts finds the
// candidates and stores the result. The thresholds are documented in docs/people.md.

export const mergeRules = ['same_email', 'same_url', 'same_handle', 'similar_name'] as const;
export type MergeRule = (typeof mergeRules)[number];
export type MergeReason = { rule: MergeRule; detail: string; confidence: number };

/** What the rules compare, gathered from the person and every identity pointing at them. */
export type MatchProfile = {
  personId: string;
  createdAt: Date;
  displayName: string;
  /** Lowercased addresses; verified when a verified identity carries it. */
  emails: { address: string; verified: boolean }[];
  /** Normalised with normaliseProfileUrl. */
  urls: string[];
  handles: { network: string; handle: string; key: string }[];
  /** The person's name and the names their network profiles show. */
  names: string[];
  networks: string[];
};

/** Below this the pair is not worth a teammate's look. */
export const SUGGEST_MIN_CONFIDENCE = 0.35;
/** Values shared by more people than this (a team inbox, a company site, "John Smith") prove nothing. */
export const COMMON_VALUE_LIMIT = 5;
export const NAME_SIMILARITY_MIN = 0.92;

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** "@Ada@mastodon.social", "ada.bsky.social", "ADA" -> "ada": the same expression as handleKey in the schema. */
export function handleKeyOf(handle: string): string {
  return handle.toLowerCase().replace(/^@+/, '').split('@')[0]!.split('.')[0]!;
}

/** "https://www.Ada.dev/about/?utm=x#top" -> "ada.dev/about"; null for what is not an http(s) link. */
export function normaliseProfileUrl(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (!host.includes('.')) return null;
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  return `${host}${path}`;
}

/** The spellings a stored profile URL may have for one normalised URL (stored URLs are as the network gave them). */
export function profileUrlVariants(normalised: string): string[] {
  const out: string[] = [];
  for (const scheme of ['https://', 'http://']) {
    for (const www of ['', 'www.']) {
      for (const slash of ['', '/']) out.push(`${scheme}${www}${normalised}${slash}`);
    }
  }
  return out;
}

/** Lowercase, accents and punctuation removed, single spaces: "Zoë  O'Brien 🎉" -> "zoe o brien". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length ? 1 : 0;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const numbersIn = (s: string) => s.match(/\d+/g)?.join(' ') ?? '';

/**
 * Similarity of two normalised names, also with their words sorted ("lovelace ada" = "ada
 * lovelace"). Names whose numbers differ are not alike: "fan 12" and "fan 13", "store 4" and
 * "store", are numbered apart on purpose.
 */
export function nameSimilarity(a: string, b: string): number {
  if (numbersIn(a) !== numbersIn(b)) return 0;
  const sorted = (s: string) => s.split(' ').sort().join(' ');
  return Math.max(jaroWinkler(a, b), jaroWinkler(sorted(a), sorted(b)));
}

/** Independent evidence: 1 - (1 - c1)(1 - c2)..., one reason per rule (the strongest), capped below certainty. */
export function combineConfidence(reasons: MergeReason[]): number {
  const best = new Map<MergeRule, number>();
  for (const r of reasons) best.set(r.rule, Math.max(best.get(r.rule) ?? 0, r.confidence));
  const miss = [...best.values()].reduce((p, c) => p * (1 - c), 1);
  return Math.round(Math.min(0.99, 1 - miss) * 1000) / 1000;
}

function handleConfidence(key: string): number {
  if (key.length >= 6) return 0.75;
  if (key.length >= 4) return 0.65;
  return 0.5;
}

function nameConfidence(similarity: number, name: string): number {
  // Exact: 0.45; at the similarity floor: 0.25. One-word names say less.
  const base = 0.25 + ((similarity - NAME_SIMILARITY_MIN) / (1 - NAME_SIMILARITY_MIN)) * 0.2;
  return Math.round((name.includes(' ') ? base : base * 0.6) * 1000) / 1000;
}

/**
 * Every reason the two may be one person. `common` holds the values too many people share to
 * count as evidence (keys like "email:info@acme.com", "url:acme.com", "handle:ada", "name:john smith").
 */
export function reasonsBetween(a: MatchProfile, b: MatchProfile, common: ReadonlySet<string> = new Set()): MergeReason[] {
  const reasons: MergeReason[] = [];
  for (const ea of a.emails) {
    const eb = b.emails.find((e) => e.address === ea.address);
    if (!eb || common.has(`email:${ea.address}`)) continue;
    const verified = ea.verified && eb.verified;
    reasons.push({ rule: 'same_email', detail: verified ? `${ea.address} (verified on both)` : ea.address, confidence: verified ? 0.98 : 0.85 });
  }
  for (const url of a.urls) {
    if (b.urls.includes(url) && !common.has(`url:${url}`)) reasons.push({ rule: 'same_url', detail: url, confidence: 0.8 });
  }
  for (const ha of a.handles) {
    if (ha.key.length < 3 || common.has(`handle:${ha.key}`)) continue;
    // Across networks only: two accounts on one network are two accounts.
    const hb = b.handles.find((h) => h.key === ha.key && h.network !== ha.network);
    if (hb) reasons.push({ rule: 'same_handle', detail: `${ha.network} ${ha.handle}, ${hb.network} ${hb.handle}`, confidence: handleConfidence(ha.key) });
  }
  let bestName: { similarity: number; a: string; b: string } | undefined;
  for (const na of a.names) {
    for (const nb of b.names) {
      if (na.length < 3 || nb.length < 3 || common.has(`name:${na}`)) continue;
      const similarity = nameSimilarity(na, nb);
      if (similarity >= NAME_SIMILARITY_MIN && (!bestName || similarity > bestName.similarity)) bestName = { similarity, a: na, b: nb };
    }
  }
  if (bestName) {
    const detail = bestName.a === bestName.b ? bestName.a : `${bestName.a} ~ ${bestName.b}`;
    reasons.push({ rule: 'similar_name', detail, confidence: nameConfidence(bestName.similarity, bestName.a) });
  }
  return reasons;
}

/**
 * Only a verified e-mail on both sides, with no network in common, merges without a person:
 * two different identities on the same network never merge automatically.
 */
export function mayAutoMerge(a: MatchProfile, b: MatchProfile, reasons: MergeReason[]): boolean {
  const verifiedEmail = reasons.some((r) => r.rule === 'same_email' && r.confidence >= 0.98);
  return verifiedEmail && !a.networks.some((n) => b.networks.includes(n));
}

/** The pair in the fixed order the suggestions table stores it in. */
export const orderedPair = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);
