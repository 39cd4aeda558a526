// What the post use-cases need beyond the workspace context: the connectors, whose manifests say
// what each channel can publish (capabilities, post settings, default limits).
import type { ConnectorRegistry } from '../../channels/connector-registry.ts';
import type { WorkspaceCtx } from '../../shared/context.ts';

export type PostsCtx = WorkspaceCtx & { connectors: ConnectorRegistry };
