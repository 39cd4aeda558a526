// Turns a connector's configuration JSON Schema (zod 4's z.toJSONSchema output) into the fields of
// a form, and the form's values back into the config object the API validates. Only what
// connector configs use: strings (uri/email formats), numbers, booleans, enums, string lists, and
// nested objects (flattened: smtp.host is "SMTP host"). Anything else falls back to a JSON text
// field, so an unusual connector still connects. Fields with a default are "advanced": the form
// folds them away, since most people never change them.

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

type Common = { name: string; path: string[]; label: string; description?: string; required: boolean; advanced: boolean };
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

function toField(path: string[], label: string, s: JsonSchema, listedRequired: boolean): SchemaField {
  // zod lists defaulted keys as required in its output mode; the person need not fill them.
  const hasDefault = s.default !== undefined;
  const common: Common = { name: path.join('.'), path, label, description: s.description, required: listedRequired && !hasDefault, advanced: hasDefault };
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

/** The form fields of an object schema, in the schema's order, nested objects flattened. */
export function fieldsOf(schema: unknown, parent: { path: string[]; label: string; required: boolean } = { path: [], label: '', required: true }): SchemaField[] {
  const s = (schema ?? {}) as JsonSchema;
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).flatMap(([name, raw]) => {
    const prop = unwrap(raw);
    const path = [...parent.path, name];
    const own = prop.title ?? humanize(name);
    const label = parent.label ? `${parent.label} ${/^[A-Z][a-z]/.test(own) ? own[0]!.toLowerCase() + own.slice(1) : own}` : own;
    const isRequired = parent.required && required.has(name);
    if (prop.type === 'object' && prop.properties) return fieldsOf(prop, { path, label, required: isRequired });
    return [toField(path, label, prop, isRequired)];
  });
}

export const initialValues = (fields: SchemaField[]): FormValues => Object.fromEntries(fields.map((f) => [f.name, f.defaultValue]));

/**
 * The config to send. Empty optional values are left out so that the server applies its
 * defaults; a JSON field that does not parse throws, with the field named.
 */
export function toConfig(fields: SchemaField[], values: FormValues): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  const set = (path: string[], value: unknown) => {
    let target = config;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[path.at(-1)!] = value;
  };
  for (const f of fields) {
    const v = values[f.name] ?? f.defaultValue;
    if (f.kind === 'boolean') set(f.path, v === true);
    else if (f.kind === 'list') set(f.path, (v as string[]).map((x) => x.trim()).filter(Boolean));
    else if (v === '' || v === undefined) continue;
    else if (f.kind === 'text' || f.kind === 'enum') set(f.path, String(v).trim());
    else if (f.kind === 'number') set(f.path, Number(v));
    else {
      try {
        set(f.path, JSON.parse(String(v)));
      } catch {
        throw new Error(`${f.label} is not valid JSON.`);
      }
    }
  }
  return config;
}
