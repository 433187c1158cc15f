import { cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../dev/stack';
import { PROJECT_ROOT, hostJson, testSettings } from '../support/stack-settings';

/**
 * The local store's journal while `npm start` runs: every change is appended before it is answered,
 * and past a size the journal is folded into the snapshot in the background, so a long session never
 * fills a disk (10 minutes of 64 partners once wrote 923 MB), and a crash at any moment keeps every
 * change that was answered.
 */
const started: LocalStack[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const stack of started.splice(0)) await stack.stop();
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function servicesOn(dataDir: string, journalFoldBytes: number): Promise<LocalStack> {
  const { settings, httpPort } = await testSettings();
  const stack = await startLocalStack({
    projectRoot: PROJECT_ROOT,
    settings,
    httpPort,
    dataDir,
    functionFiles: [],
    hostJson: hostJson(),
    timers: 'manual',
    log: () => undefined,
    withHost: false,
    journalFoldBytes,
  });
  started.push(stack);
  return stack;
}

async function journalBytes(folder: string): Promise<number> {
  let bytes = 0;
  for (const name of await readdir(folder))
    // A file may go between the listing and the look (a fold in the background): it holds nothing then.
    if (name.startsWith('cosmos.journal'))
      bytes += (await stat(join(folder, name)).catch(() => ({ size: 0 }))).size;
  return bytes;
}

describe('the local store journal', () => {
  it('when far more is written than the fold size, then the journal stays small, and a copy of its files restores every document written', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'keycard-fold-'));
    folders.push(folder);
    const stack = await servicesOn(folder, 16 * 1024);
    const partners = stack.cosmos.database(stack.settings['COSMOS_DATABASE'] as string).container('partners');
    let largest = 0;
    for (let i = 0; i < 600; i += 1) {
      await partners.items.create({ id: `p${i}`, name: `Partner ${i}`, filler: 'x'.repeat(200) });
      if (i % 50 === 0)
        await partners
          .item(`p${i - 1}`, `p${i - 1}`)
          .delete()
          .catch(() => undefined);
      if (i % 100 === 99) largest = Math.max(largest, await journalBytes(folder));
    }
    // About 180 KB written: folded as it went, never much past its 16 KB.
    expect(largest).toBeLessThan(64 * 1024);
    await stack.foldJournal();

    // A crash image: the files as they are now, started from.
    const image = await mkdtemp(join(tmpdir(), 'keycard-fold-image-'));
    folders.push(image);
    await cp(folder, image, { recursive: true });
    const restored = await servicesOn(image, 16 * 1024);
    const { resources } = await restored.cosmos
      .database(restored.settings['COSMOS_DATABASE'] as string)
      .container('partners')
      .items.query<{ id: string }>('SELECT * FROM c')
      .fetchAll();
    const deleted = new Set(Array.from({ length: 12 }, (_, k) => `p${k * 50 - 1}`));
    const expected = Array.from({ length: 600 }, (_, i) => `p${i}`).filter((id) => !deleted.has(id));
    expect(resources.map((r) => r.id).sort()).toEqual(expected.sort());
  });
});
