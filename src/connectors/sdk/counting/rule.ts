// The shape every counting rule has. A rule turns text into the number the network compares with
// its limit, and may add a second, hidden limit (Bluesky's 3,000 UTF-8 bytes).

export type CountingRuleId = 'x-weighted' | 'bluesky' | 'mastodon' | 'code-points' | 'utf-16' | 'graphemes';

export type Measurement = {
  /** The count in the network's own unit (weighted characters, graphemes ...). */
  used: number;
  limit: number;
  /** Negative when over the limit, so the UI can show "-12". */
  remaining: number;
  ok: boolean;
  /** Set when the text fits `limit` but breaks a second rule of the network. */
  problem?: 'too_many_bytes';
};

export type CountingRule = {
  id: CountingRuleId;
  count(text: string): number;
  /** Extra checks beyond `count <= limit`; returns the problem found, if any. */
  extraProblem?(text: string): Measurement['problem'] | undefined;
};
