import { z } from 'zod';

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

export const ConfigSchema = z.object({
  OPERATOR_TOKEN: z.string().min(24, 'at least 24 characters'),
  KEY_PEPPER: z.string().min(32, 'at least 32 characters'),
  COSMOS_ENDPOINT: z.url(),
  /** Local emulator key; absent in Azure, where the managed identity is used. */
  COSMOS_KEY: z.string().min(1).optional(),
  COSMOS_DATABASE: z.string().min(1).default('keycard'),
  /** Client id of the user-assigned managed identity (Azure only). */
  AZURE_CLIENT_ID: z.string().min(1).optional(),
  REDEMPTION_TTL_MINUTES: positiveInt(60),
  FAILED_KEY_ATTEMPTS_LIMIT: positiveInt(20),
  FAILED_KEY_ATTEMPTS_WINDOW_MINUTES: positiveInt(10),
  GRACE_DAYS: positiveInt(30),
  RETENTION_DAYS: positiveInt(120),
  NOTICE_DAYS: dayList.default([60, 30, 7, 1]),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return env[name] === undefined ? `${name} is missing` : `${name}: ${issue.message}`;
    }),
  );
}
