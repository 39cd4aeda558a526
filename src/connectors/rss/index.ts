// RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom feeds as an inbound source, parsed leniently by
// @rowanmanning/feed-parser. README.md says what it does and why.
import type { Connector } from '../sdk/manifest.ts';
import { identify } from './identify.ts';
import { fetchInbox } from './inbox.ts';
import type { RssConfig, RssSettings } from './manifest.ts';
import { manifest } from './manifest.ts';

export const rssConnector: Connector<RssConfig, RssSettings> = { manifest, fetchInbox, identify };
