// The only reader of process.env. Every setting is validated here, so a wrong value stops
// start-up with one line that names the variable and what it expects.
import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  PORT: port.default(4000).describe('an integer between 1 and 65535'),
  HOST: z.string().min(1).default('0.0.0.0').describe('an interface address such as 0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data').describe('a directory path'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/)
    .optional()
    .describe('a postgres:// or postgresql:// connection URL'),
  PUBLIC_URL: z.url().optional().describe('the absolute URL people use to reach Tandem'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('one of fatal, error, warn, info, debug, trace, silent'),
  TANDEM_ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/)
    .optional()
    .describe('32 bytes in base64 (openssl rand -base64 32)'),
  TANDEM_ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=(,[A-Za-z0-9+/]{43}=)*$/)
    .optional()
    .describe('comma-separated earlier keys (32 bytes in base64 each), kept until `tandem keys rotate` has re-sealed every secret'),
  WEBHOOK_ALLOW_HOSTS: z
    .string()
    .regex(/^[A-Za-z0-9.:[\]-]+(,[A-Za-z0-9.:[\]-]+)*$/)
    .optional()
    .describe('a comma-separated list of host or host:port (internal receivers outbound webhooks may reach)'),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).default(365).describe('a whole number of days, at least 1'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5).describe('a whole number, at least 1'),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15).describe('a whole number of minutes'),
  MEDIA_MAX_BYTES: z.coerce.number().int().min(1024).default(100 * 1024 * 1024).describe('a whole number of bytes, at least 1024 (the largest upload)'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/)
    .optional()
    .describe('an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.com:587'),
  MAIL_FROM: z.string().min(3).optional().describe('the From of e-mails Tandem sends, e.g. "Tandem <tandem@example.com>"'),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/).optional().describe('an S3 bucket name (lowercase letters, digits, dots and hyphens)'),
  S3_ENDPOINT: z.url().optional().describe('the URL of an S3-compatible service, e.g. http://minio:9000 (unset: AWS S3)'),
  S3_REGION: z.string().min(1).default('us-east-1').describe('a region name such as eu-west-3'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional().describe('an access key id'),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional().describe('a secret access key'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  encryptionKey: string | undefined;
  /** Keys secrets may still be sealed with, during a rotation. */
  previousEncryptionKeys: string[];
  /** Private or loopback hosts outbound webhooks may reach; every other private address is refused. */
  webhookAllowHosts: string[];
  auditRetentionDays: number;
  login: { maxFailures: number; windowMinutes: number };
  /** The largest upload, in bytes. */
  mediaMaxBytes: number;
  /** Notification e-mails; without smtpUrl none are sent. */
  mail: { smtpUrl: string | undefined; from: string | undefined };
  /** Media in an S3-compatible bucket instead of DATA_DIR/uploads; keys: the SDK's usual chain when not given. */
  s3: { bucket: string; endpoint: string | undefined; region: string; credentials: { accessKeyId: string; secretAccessKey: string } | undefined } | undefined;
};

export class ConfigError extends Error {
  readonly code = 'config_invalid';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset, as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    const expected = (schema.shape as Record<string, z.ZodType>)[name]?.description ?? issue.message;
    throw new ConfigError(`Invalid configuration: ${name} must be ${expected} (got ${JSON.stringify(cleaned[name])})`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    encryptionKey: e.TANDEM_ENCRYPTION_KEY,
    previousEncryptionKeys: e.TANDEM_ENCRYPTION_KEY_PREVIOUS?.split(',') ?? [],
    webhookAllowHosts: e.WEBHOOK_ALLOW_HOSTS?.split(',') ?? [],
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    login: { maxFailures: e.LOGIN_MAX_FAILURES, windowMinutes: e.LOGIN_WINDOW_MINUTES },
    mediaMaxBytes: e.MEDIA_MAX_BYTES,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    s3: e.S3_BUCKET
      ? {
          bucket: e.S3_BUCKET,
          endpoint: e.S3_ENDPOINT,
          region: e.S3_REGION,
          credentials: e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : undefined,
        }
      : undefined,
  };
}
