// Turns a connector's configuration JSON Schema (zod 4's z.toJSONSchema output) into the fields of
// a form, and the form's values back into the config object the API validates. Only what
// connector configs use: strings (uri/email formats), numbers, booleans, enums, string lists.
// Anything else falls back to a JSON text field, so an unusual connector still connects.

type JsonSchema = {
  type?: string | string[];
  title?: string;
  description?: string;
  format?: string;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

type Common = { name: string; label: string; description?: string; required: boolean };
export type SchemaField = Common &
  (
    | { kind: 'text'; format?: 'uri' | 'email'; defaultValue: string }
    | { kind: 'number'; integer: boolean; min?: number; max?: number; defaultValue: number | '' }
    | { kind: 'boolean'; defaultValue: boolean }
    | { kind: 'enum'; options: string[]; defaultValue: string }
    | { kind: 'list'; defaultValue: string[] }
    | { kind: 'json'; defaultValue: string }
  );
export type FieldValue = SchemaField['defaultValue'];
export type FormValues = Record<string, FieldValue>;

const acronyms = new Set(['url', 'id', 'api', 'imap', 'smtp', 'tls', 'dm', 'ids']);

/** feedUrl → "Feed URL", readChannelIds → "Read channel IDs". */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .split(' ')
    .filter(Boolean);
  return words.map((w, i) => (acronyms.has(w) ? (w === 'ids' ? 'IDs' : w.toUpperCase()) : i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
}

// `z.string().nullable()` becomes anyOf [string, null]: the form treats it as the string.
function unwrap(schema: JsonSchema): JsonSchema {
  const branches = schema.anyOf?.filter((s) => s.type !== 'null');
  return branches?.length === 1 ? { ...branches[0], ...schema, anyOf: undefined, type: branches[0]!.type } : schema;
}

function toField(name: string, raw: JsonSchema, listedRequired: boolean): SchemaField {
  const s = unwrap(raw);
  // zod lists defaulted keys as required (they are, in its output); the person need not fill them.
  const common: Common = { name, label: s.title ?? humanize(name), description: s.description, required: listedRequired && s.default === undefined };
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (s.enum && s.enum.every((v) => typeof v === 'string')) {
    return { ...common, kind: 'enum', options: s.enum as string[], defaultValue: typeof s.default === 'string' ? s.default : '' };
  }
  if (type === 'string') {
    const format = s.format === 'uri' || s.format === 'email' ? s.format : undefined;
    return { ...common, kind: 'text', format, defaultValue: typeof s.default === 'string' ? s.default : '' };
  }
  if (type === 'number' || type === 'integer') {
    const max = s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER ? s.maximum : undefined;
    return { ...common, kind: 'number', integer: type === 'integer', min: s.minimum, max, defaultValue: typeof s.default === 'number' ? s.default : '' };
  }
  if (type === 'boolean') return { ...common, kind: 'boolean', defaultValue: s.default === true };
  if (type === 'array' && unwrap(s.items ?? {}).type === 'string') {
    return { ...common, kind: 'list', defaultValue: Array.isArray(s.default) ? s.default.map(String) : [] };
  }
  return { ...common, kind: 'json', defaultValue: s.default === undefined ? '' : JSON.stringify(s.default) };
}

/** The form fields of an object schema, in the schema's order. */
export function fieldsOf(schema: unknown): SchemaField[] {
  const s = (schema ?? {}) as JsonSchema;
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).map(([name, prop]) => toField(name, prop, required.has(name)));
}

export const initialValues = (fields: SchemaField[]): FormValues => Object.fromEntries(fields.map((f) => [f.name, f.defaultValue]));

/**
 * The config to send. Empty optional values are left out so that the server applies its
 * defaults; a JSON field that does not parse throws, with the field named.
 */
export function toConfig(fields: SchemaField[], values: FormValues): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name] ?? f.defaultValue;
    if (f.kind === 'boolean') config[f.name] = v === true;
    else if (f.kind === 'list') config[f.name] = (v as string[]).map((x) => x.trim()).filter(Boolean);
    else if (v === '' || v === undefined) continue;
    else if (f.kind === 'text' || f.kind === 'enum') config[f.name] = String(v).trim();
    else if (f.kind === 'number') config[f.name] = Number(v);
    else {
      try {
        config[f.name] = JSON.parse(String(v));
      } catch {
        throw new Error(`${f.label} is not valid JSON.`);
      }
    }
  }
  return config;
}
