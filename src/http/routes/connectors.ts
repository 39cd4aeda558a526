// The networks this instance can connect, with what the connect form needs: the config schema as
// JSON Schema, the credential fields of the network's auth kind, and the default limits.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { credentialForms } from '../../connectors/sdk/auth/credential-forms.ts';
import { authKinds } from '../../connectors/sdk/credentials.ts';
import { capabilities, type Connector } from '../../connectors/sdk/manifest.ts';
import type { AppEnv } from '../env.ts';
import { json, problems, userRoute } from '../openapi.ts';
import { onValidationError } from '../problem.ts';

const connectorSchema = z
  .object({
    id: z.string(),
    displayName: z.string(),
    capabilities: z.array(z.enum(capabilities)),
    auth: z.enum(authKinds),
    configJsonSchema: z.record(z.string(), z.unknown()),
    credentialFields: z.array(z.object({ name: z.string(), label: z.string(), secret: z.boolean() })),
    defaultLimits: z.unknown(),
  })
  .openapi('Connector');

// What the user types is the schema's input (before defaults); a schema zod cannot express in
// JSON Schema (a refinement) still gives its shape. A manifest never changes, so each connector's
// schema is converted once, not on every request.
const jsonSchemas = new WeakMap<Connector, Record<string, unknown>>();
function toJsonSchema(connector: Connector): Record<string, unknown> {
  try {
    return z.toJSONSchema(connector.manifest.configSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  } catch {
    return { type: 'object' };
  }
}
function configJsonSchema(connector: Connector): Record<string, unknown> {
  let schema = jsonSchemas.get(connector);
  if (!schema) jsonSchemas.set(connector, (schema = toJsonSchema(connector)));
  return schema;
}

export const connectorRoutes = new OpenAPIHono<AppEnv>({ defaultHook: onValidationError }).openapi(
  userRoute({ method: 'get', path: '/api/v1/connectors', tags: ['Channels'], summary: 'Networks this instance can connect', responses: { 200: json(z.array(connectorSchema)), 401: problems[401] } }),
  (c) =>
    c.json(
      c.get('runtime').connectors.all().map((connector) => {
        const { id, displayName, capabilities: caps, auth, defaultLimits } = connector.manifest;
        return { id, displayName, capabilities: [...caps], auth, configJsonSchema: configJsonSchema(connector), credentialFields: credentialForms[auth].fields, defaultLimits };
      }),
      200,
    ),
);
