// What the post use-cases need beyond the workspace context: the connectors, whose manifests say
// what each channel can publish (capabilities, post settings, default limits), and the config
// links are rendered with (PUBLIC_URL), so validation counts the text as it will be sent.
import type { Config } from '../../../config.ts';
import type { ConnectorRegistry } from '../../channels/connector-registry.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';

export type PostsCtx = WorkspaceCtx & { connectors: ConnectorRegistry; config?: Pick<Config, 'publicUrl'> };
