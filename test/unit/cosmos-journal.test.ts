import { CosmosClient, type JSONObject } from '@azure/cosmos';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachJournal, foldJournal, journalFiles, nextJournalFile } from '../../dev/cosmos-journal';
import { startCosmosServer, stopServer } from '../../dev/cosmos-server';

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

describe('the Cosmos journal of a running server', () => {
  it('when documents are created, replaced, upserted and deleted, then one line per change and the fold gives the store back', async () => {
    const { server, endpoint } = await startCosmosServer(0);
    const journal = attachJournal(server);
    const client = new CosmosClient({
      endpoint,
      key: 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    try {
      const { database } = await client.databases.createIfNotExists({ id: 'journal' });
      const { container } = await database.containers.createIfNotExists({
        id: 'partners',
        partitionKey: { paths: ['/id'] },
      });
      const file = join(folder, 'cosmos.journal');
      journal.open(file);
      await container.items.create({ id: 'a', name: 'A1' });
      await container.items.create({ id: 'b', name: 'B1' });
      await container.item('a', 'a').replace({ id: 'a', name: 'A2' });
      await container.items.upsert({ id: 'b', name: 'B2' });
      await container.item('b', 'b').delete();
      const lines = (await readFile(file, 'utf8')).trim().split('\n');
      // A replace (and an upsert of an existing document) is one line, not a delete and a put.
      expect(lines).toHaveLength(5);
      const { dump } = await foldJournal({}, file);
      expect(dump['partners']).toEqual([{ id: 'a', name: 'A2' }]);
      journal.empty();
    } finally {
      client.dispose();
      await stopServer(server);
    }
  });
});

describe('folding the journal while the stack runs', () => {
  /** A store's history: A put, B put, A replaced; then (after the move to a new file) B deleted, C put. */
  const older =
    line({ c: 'partners', put: { id: 'a', v: 1 } }) +
    line({ c: 'partners', put: { id: 'b', v: 1 } }) +
    line({ c: 'partners', put: { id: 'a', v: 2 } });
  const newer = line({ c: 'partners', del: 'b', pk: 'b' }) + line({ c: 'partners', put: { id: 'c', v: 1 } });
  const final = [
    { id: 'a', v: 2 },
    { id: 'c', v: 1 },
  ];

  it('when the stack crashes at any step of a fold, then the files left fold back to the same store', async () => {
    const [oldFile, newFile] = [join(folder, 'cosmos.journal.1'), join(folder, 'cosmos.journal.2')];
    await writeFile(oldFile, older);
    await writeFile(newFile, newer);
    // The snapshot taken by the fold holds the store at some moment after the move: before B's
    // deletion, or after C came; or the crash came before it was written (the old snapshot, empty).
    const snapshots: Record<string, JSONObject[]>[] = [
      {},
      {
        partners: [
          { id: 'a', v: 2 },
          { id: 'b', v: 1 },
        ],
      },
      {
        partners: [
          { id: 'a', v: 2 },
          { id: 'c', v: 1 },
        ],
      },
    ];
    for (const snapshot of snapshots) {
      // Before the old file is deleted, and after.
      const withOld = await foldJournal(snapshot, [oldFile, newFile]);
      expect(withOld.dump['partners']).toEqual(expect.arrayContaining(final));
      expect(withOld.dump['partners']).toHaveLength(2);
      if (snapshot === snapshots[0]) continue; // the old file goes only once the snapshot is written
      const withoutOld = await foldJournal(snapshot, [newFile]);
      expect(withoutOld.dump['partners']).toEqual(expect.arrayContaining(final));
      expect(withoutOld.dump['partners']).toHaveLength(2);
    }
  });

  it('when the journal files are listed, then the oldest comes first: the file of older versions, then by number', async () => {
    for (const name of ['cosmos.journal.10', 'cosmos.journal.2', 'cosmos.journal', 'cosmos.json', 'other'])
      await writeFile(join(folder, name), '');
    const files = await journalFiles(folder);
    expect(files.map((f) => f.slice(folder.length + 1))).toEqual([
      'cosmos.journal',
      'cosmos.journal.2',
      'cosmos.journal.10',
    ]);
    expect(nextJournalFile(folder, files)).toBe(join(folder, 'cosmos.journal.11'));
    expect(nextJournalFile(folder, [])).toBe(join(folder, 'cosmos.journal.1'));
  });
});
