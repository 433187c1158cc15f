import * as z from 'zod';

/**
 * Every setting of the app, one schema over process.env, parsed once (by the runtime). The names are
 * the same in `local.settings.sample.json` and in `infra/` Bicep.
 *
 * Connections are chosen by which settings are present: a key or connection string locally, an
 * endpoint plus the app's managed identity in Azure.
 */
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const dayList = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'a comma-separated list of whole days, e.g. 60,30,7,1')
  .transform((s) =>
    s
      .split(',')
      .map(Number)
      .sort((a, b) => b - a),
  );

export const ConfigSchema = z
  .object({
    OPERATOR_TOKEN: z.string().min(24, 'at least 24 characters'),
    KEY_PEPPER: z.string().min(32, 'at least 32 characters'),
    COSMOS_ENDPOINT: z.url(),
    /** Local emulator key; absent in Azure, where the managed identity is used. */
    COSMOS_KEY: z.string().min(1).optional(),
    COSMOS_DATABASE: z.string().min(1).default('keycard'),
    /** Client id of the user-assigned managed identity (Azure only). */
    AZURE_CLIENT_ID: z.string().min(1).optional(),
    /** Storage for queues: a connection string locally (Azurite), the queue endpoint in Azure. */
    AzureWebJobsStorage: z.string().min(1).optional(),
    AzureWebJobsStorage__queueServiceUri: z.url().optional(),
    AzureWebJobsStorage__clientId: z.string().min(1).optional(),
    NOTIFICATIONS_QUEUE: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/, 'a storage queue name')
      .default('notifications'),
    /** The queue of webhook-deliver (its poison queue: `<name>-poison`). */
    WEBHOOKS_QUEUE: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/, 'a storage queue name')
      .default('webhooks'),
    /**
     * Lets webhook endpoints be loopback addresses over plain http: the local stack's receiver. Never
     * in Azure, where endpoints must be https on public addresses (Bicep does not set it).
     */
    WEBHOOK_ALLOW_LOOPBACK: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    /** Email: a connection string locally (the local endpoint), the resource endpoint in Azure. */
    ACS_CONNECTION_STRING: z.string().min(1).optional(),
    ACS_ENDPOINT: z.url().optional(),
    EMAIL_SENDER: z.email(),
    /** Where people reach the API (links in emails). */
    PUBLIC_BASE_URL: z.url().default('http://localhost:7071'),
    REDEMPTION_TTL_MINUTES: positiveInt(60),
    FAILED_KEY_ATTEMPTS_LIMIT: positiveInt(20),
    FAILED_KEY_ATTEMPTS_WINDOW_MINUTES: positiveInt(10),
    GRACE_DAYS: positiveInt(30),
    RETENTION_DAYS: positiveInt(120),
    NOTICE_DAYS: dayList.default([60, 30, 7, 1]),
  })
  .superRefine((config, ctx) => {
    if (!config.AzureWebJobsStorage && !config.AzureWebJobsStorage__queueServiceUri) {
      ctx.addIssue({
        code: 'custom',
        path: ['AzureWebJobsStorage'],
        message:
          'set AzureWebJobsStorage (a connection string) or AzureWebJobsStorage__queueServiceUri (managed identity)',
      });
    }
    if (!config.ACS_CONNECTION_STRING && !config.ACS_ENDPOINT) {
      ctx.addIssue({
        code: 'custom',
        path: ['ACS_CONNECTION_STRING'],
        message: 'set ACS_CONNECTION_STRING (a connection string) or ACS_ENDPOINT (managed identity)',
      });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

/**
 * The two shapes of the same settings. Locally (local.settings.json) connections are keys and
 * connection strings; in Azure (infra/ Bicep) they are endpoints plus the managed identity. Every
 * other setting is in both. The Functions host's own settings (`AzureWebJobsStorage*`,
 * `FUNCTIONS_*`, `APPLICATIONINSIGHTS_*`) follow the host's rules, not these lists.
 */
export const LOCAL_ONLY_SETTINGS = ['COSMOS_KEY', 'ACS_CONNECTION_STRING', 'WEBHOOK_ALLOW_LOOPBACK'] as const;
export const AZURE_ONLY_SETTINGS = ['AZURE_CLIENT_ID', 'ACS_ENDPOINT'] as const;

/** Problems name settings, never their values (a value may be a secret). */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The settings are not usable:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * When App Service cannot resolve a Key Vault reference (the app's identity has no access yet, the
 * secret is missing, the vault is throttling) it passes the reference itself as the setting's value:
 * "If a reference isn't resolved properly, the reference string is used instead" (App Service docs,
 * "Use Key Vault references as app settings", Troubleshooting). Such a value is refused: run on it and
 * OPERATOR_TOKEN would be text anyone can derive from the vault name, KEY_PEPPER a wrong key under
 * which every stored hash would be written and later never found.
 */
const KEY_VAULT_REFERENCE = /^\s*@Microsoft\.KeyVault\(/i;

function unresolvedReferences(env: NodeJS.ProcessEnv): string[] {
  return Object.keys(ConfigSchema.shape)
    .filter((name) => KEY_VAULT_REFERENCE.test(env[name] ?? ''))
    .map((name) => `${name} is an unresolved Key Vault reference`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const unresolved = unresolvedReferences(env);
  if (unresolved.length > 0) throw new ConfigError(unresolved);
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      if (issue.code === 'custom') return `${name} is missing: ${issue.message}`;
      return env[name] === undefined ? `${name} is missing` : `${name}: ${issue.message}`;
    }),
  );
}
