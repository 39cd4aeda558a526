// Mastodon pages lists with an RFC 8288 Link header:
//   Link: <https://instance/api/v1/notifications?max_id=7>; rel="next", <...?min_id=9>; rel="prev"
// Only the id parameter is taken from it: the URL itself is never followed, so an instance (or
// a proxy) cannot steer the next request to another host.
export function linkParam(header: string | null, rel: 'next' | 'prev', param: 'max_id' | 'min_id' | 'since_id'): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const rels = /;\s*rel="?([^";]+)"?/i.exec(match[2] ?? '')?.[1]?.split(/\s+/) ?? [];
    if (!rels.includes(rel) || !URL.canParse(match[1] ?? '')) continue;
    return new URL(match[1] ?? '').searchParams.get(param) ?? undefined;
  }
  return undefined;
}
