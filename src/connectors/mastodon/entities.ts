// The parts of Mastodon's entities this connector reads (docs.joinmastodon.org/entities/*).
// Ids are strings (snowflakes that outgrow JavaScript numbers).

export type Account = { id: string; username: string; acct: string; display_name: string; url: string; avatar?: string; followers_count: number; following_count: number; statuses_count: number };

export type Status = {
  id: string;
  created_at: string;
  in_reply_to_id: string | null;
  in_reply_to_account_id: string | null;
  visibility: 'public' | 'unlisted' | 'private' | 'direct';
  spoiler_text: string;
  content: string;
  /** Null for some remote statuses; `uri` is always there. */
  url: string | null;
  uri: string;
  account: Account;
  reblog: Status | null;
  replies_count: number;
  reblogs_count: number;
  favourites_count: number;
};

export type Notification = { id: string; type: string; created_at: string; account: Account; status?: Status | null };

/** `url` is null while the full-size file is still processing (POST /api/v2/media answered 202). */
export type MediaAttachment = { id: string; type: string; url: string | null; description: string | null };

export type InstanceV2 = {
  configuration?: {
    statuses?: { max_characters?: number; max_media_attachments?: number; characters_reserved_per_url?: number };
    media_attachments?: { supported_mime_types?: string[]; image_size_limit?: number; video_size_limit?: number; description_limit?: number };
  };
};
