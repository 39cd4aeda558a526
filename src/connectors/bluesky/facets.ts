// Links, hashtags and mentions as facets with UTF-8 byte offsets (app.bsky.richtext.facet).
// Detection is @atproto/api's own (RichText, the reference client's rules, which also finds
// hashtags and cashtags).
// Mentions are then resolved here rather than by RichText.detectFacets, which swallows every
// resolution error: a handle that does not exist is dropped (the text stays), but a rate limit or
// an outage fails the publish so that it is retried instead of posting a mention that links nowhere.
import { AppBskyRichtextFacet, RichText, XRPCError } from '@atproto/api';
import type { Agent } from '@atproto/api';

async function resolveHandle(agent: Agent, handle: string): Promise<string | undefined> {
  try {
    return (await agent.com.atproto.identity.resolveHandle({ handle })).data.did;
  } catch (err) {
    if (err instanceof XRPCError && err.status === 400) return undefined; // HandleNotFound, or not a handle
    throw err;
  }
}

export async function facetsFor(agent: Agent, text: string): Promise<AppBskyRichtextFacet.Main[] | undefined> {
  const rt = new RichText({ text });
  rt.detectFacetsWithoutResolution();
  const facets = rt.facets ?? [];
  const handles = new Set(facets.flatMap((f) => f.features.filter(AppBskyRichtextFacet.isMention).map((m) => m.did)));
  const dids = new Map<string, string | undefined>();
  await Promise.all([...handles].map(async (handle) => dids.set(handle, await resolveHandle(agent, handle))));
  const resolved = facets
    .map((facet) => ({
      ...facet,
      features: facet.features.flatMap((feature) => {
        if (!AppBskyRichtextFacet.isMention(feature)) return [feature];
        const did = dids.get(feature.did);
        return did ? [{ ...feature, did }] : [];
      }),
    }))
    .filter((facet) => facet.features.length > 0);
  return resolved.length > 0 ? resolved : undefined;
}
