// Shapes of the people API's answers (src/http/routes/people.ts and people-merges.ts).
export type Identity = {
  id: string;
  network: string;
  externalId: string;
  handle: string | null;
  verified: boolean;
  // What the network's profile says (merge suggestions compare them).
  displayName?: string | null;
  email?: string | null;
  profileUrls?: string[];
  createdAt: string;
};

export type Person = {
  id: string;
  displayName: string;
  email: string | null;
  avatarUrl: string | null;
  tags: string[];
  customFields: Record<string, unknown>;
  // Fields a teammate edited by hand ("email", "customFields.plan" ...): sync leaves them alone.
  manualFields: string[];
  isStaff: boolean;
  // Set when merged into another person: that one stands for both.
  mergedIntoId?: string | null;
  createdAt: string;
  updatedAt: string;
};

/** A row of the directory: the person, the networks they are on and when they were last active. */
export type PersonListItem = Person & {
  identities?: Pick<Identity, 'network' | 'handle' | 'verified'>[];
  lastActivityAt?: string | null;
};

export type PersonNote = { id: string; personId: string; body: string; authorId: string | null; authorName: string | null; createdAt: string };

export type OpenConversation = {
  id: string;
  status: string;
  subject?: string | null;
  lastMessageAt: string;
  lastMessageText?: string | null;
  channel?: { id: string; network: string; displayName: string } | null;
};

export type PersonProfile = {
  person: Person;
  // Set when the id asked for is a person merged into this one: the page moves to this one's id.
  redirectedFrom: string | null;
  identities: Identity[];
  notes: PersonNote[];
  notesNextCursor: string | null;
  openConversations: OpenConversation[];
  suggestions?: { id: string; confidence: number; reasons: MergeReason[]; otherPerson: PersonSummary | null }[];
};

export type TimelineItem = {
  id: string;
  type: string;
  occurredAt: string;
  externalId: string;
  data: Record<string, unknown>;
  channel: { id: string; network: string; displayName: string } | null;
};

/** Who a suggestion or a merge is about, as the review queue shows them side by side. */
export type PersonSummary = {
  id: string;
  displayName: string;
  email: string | null;
  avatarUrl: string | null;
  tags?: string[];
  isStaff?: boolean;
  createdAt?: string;
  identities: Pick<Identity, 'network' | 'handle' | 'verified'>[];
};

export type MergeReason = { rule: string; detail: string; confidence: number };

export type MergeSuggestion = {
  id: string;
  person: PersonSummary;
  otherPerson: PersonSummary;
  reasons: MergeReason[];
  confidence: number;
  status: 'pending' | 'merged' | 'dismissed';
  createdAt: string;
};

export type PersonMerge = {
  id: string;
  keptPersonId: string;
  keptPerson?: { id: string; displayName: string } | null;
  mergedPersonId: string;
  mergedPerson?: { id: string; displayName: string } | null;
  // How many rows moved from the merged person to the kept one, per kind.
  moved?: { identities: number; activities: number; conversations: number; messages: number; notes: number };
  suggestionId: string | null;
  mergedBy: string | null;
  mergedByName?: string | null;
  mergedAt: string;
  unmergedAt: string | null;
};

export type PersonUpdate = Partial<Pick<Person, 'displayName' | 'email' | 'avatarUrl' | 'tags' | 'customFields' | 'isStaff'>>;
