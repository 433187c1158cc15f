import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldJournal } from '../../dev/cosmos-journal';

/** The journal replayed over the snapshot, as the next `npm start` does after a crash. */
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'keycard-journal-'));
});
afterEach(async () => rm(folder, { recursive: true, force: true }));

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

describe('the Cosmos journal', () => {
  it('when changes follow a snapshot, then the last state of each document wins and deletions remove', async () => {
    const file = join(folder, 'cosmos.journal');
    await writeFile(
      file,
      line({ c: 'partners', put: { id: 'b', name: 'B1', _etag: 'x', _ts: 1 } }) +
        line({ c: 'partners', put: { id: 'b', name: 'B2', _etag: 'y', _ts: 2 } }) +
        line({ c: 'partners', del: 'a', pk: 'a' }) +
        line({ c: 'partners', put: { id: 'c', name: 'C' } }) +
        line({ c: 'partners', del: 'c', pk: 'c' }) +
        '{"c":"partners","put":{"id":"torn', // the process died in the middle of this write
    );
    const { dump, changes } = await foldJournal({ partners: [{ id: 'a', name: 'A' }] }, file);
    expect(changes).toBe(5);
    expect(dump['partners']).toEqual([{ id: 'b', name: 'B2' }]);
  });

  it('when there is no journal, then the snapshot stands as it is', async () => {
    const { dump, changes } = await foldJournal({ partners: [{ id: 'a' }] }, join(folder, 'none'));
    expect(changes).toBe(0);
    expect(dump['partners']).toEqual([{ id: 'a' }]);
  });
});
