// Preloaded (node --import) into `tandem` processes spawned by CLI tests, so the CLI can connect
// to the fixture network: adds the test connectors to the registry of that process only.
import { connectors } from '../../../connectors/registry.ts';
import type { Connector } from '../../../connectors/sdk/manifest.ts';
import { fixtureBotConnector, fixtureOAuthConnector } from './fixture-connector.ts';

Object.assign(connectors, { fixture: fixtureBotConnector as Connector, 'fixture-oauth': fixtureOAuthConnector as Connector });
