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

/**
 * Returns the settings, whether the file was just created from the sample, and the settings the
 * file lacks that the sample has (a file made by an older version): those take the sample's value.
 */
export async function ensureLocalSettings(
  projectRoot: string,
  file: string,
): Promise<{ settings: LocalSettings; created: boolean; addedFromSample: string[] }> {
  const samplePath = join(projectRoot, 'local.settings.sample.json');
  let created = false;
  if (!existsSync(file)) {
    await copyFile(samplePath, file);
    created = true;
  }
  const settings = await readLocalSettings(file);
  const sample = await readLocalSettings(samplePath);
  const addedFromSample = Object.keys(sample.Values).filter((name) => !(name in settings.Values));
  for (const name of addedFromSample) settings.Values[name] = sample.Values[name] as string;
  return { settings, created, addedFromSample };
}
