import { existsSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * local.settings.json, as Azure Functions Core Tools reads it: `Values` become app settings
 * (environment variables), `Host.LocalHttpPort` is the port. Created from the sample when missing.
 */
const LocalSettings = z.object({
  IsEncrypted: z.boolean().optional(),
  Values: z.record(z.string(), z.string()),
  Host: z.object({ LocalHttpPort: z.number().int().optional() }).passthrough().optional(),
});

export type LocalSettings = z.infer<typeof LocalSettings>;

export async function readLocalSettings(file: string): Promise<LocalSettings> {
  return LocalSettings.parse(JSON.parse(await readFile(file, 'utf8')));
}

/** Returns the settings and whether the file was just created from the sample. */
export async function ensureLocalSettings(
  projectRoot: string,
  file: string,
): Promise<{ settings: LocalSettings; created: boolean }> {
  let created = false;
  if (!existsSync(file)) {
    await copyFile(join(projectRoot, 'local.settings.sample.json'), file);
    created = true;
  }
  return { settings: await readLocalSettings(file), created };
}
