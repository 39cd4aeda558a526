// What each kind of activity reads as on a timeline ("Replied", "Mentioned you" ...).
const labels: Record<string, string> = {
  posted: 'Posted',
  replied: 'Replied',
  mentioned: 'Mentioned you',
  reacted: 'Reacted',
  reposted: 'Reposted',
  quoted: 'Quoted',
  messaged: 'Sent a direct message',
  dm: 'Sent a direct message',
  commented: 'Commented',
  joined: 'Joined',
  left: 'Left',
  attended: 'Attended',
  moderated: 'Was moderated',
  followed: 'Followed you',
};

export const activityLabel = (type: string) => labels[type] ?? type.replace(/[_.]/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** The words of an activity, wherever the connector put them. */
export function activityText(data: Record<string, unknown>): string | null {
  for (const key of ['text', 'body', 'content', 'title']) {
    const value = data[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return null;
}

export function activityUrl(data: Record<string, unknown>): string | null {
  const value = data.url ?? data.permalink;
  return typeof value === 'string' && /^https?:\/\//.test(value) ? value : null;
}
