import type { JSONObject } from '@azure/cosmos';
import { AsyncLocalStorage } from 'node:async_hooks';
import { closeSync, openSync, writeSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { CONTAINER_NAMES, CONTAINERS, type ContainerName } from '../shared/adapters/cosmos/containers';

/**
 * A write-ahead journal for the local Cosmos DB server, so `npm start` keeps what it acknowledged
 * even when it is killed (kill -9, a crash, a closed terminal): the server keeps documents in
 * memory, and a snapshot written on a graceful stop alone lost everything since the last start.
 *
 * Every document the server stores or deletes is appended to the journal, synchronously, inside the
 * request that changes it, so the line is with the operating system before the response leaves. It
 * survives the death of the process; it is not fsynced, so a power cut of the machine can still lose
 * the last writes (a local development stack, not a database). One line per change:
 * `{"c":container,"put":doc}` or `{"c":container,"del":id,"pk":partitionKey}`.
 *
 * The journal is folded into the snapshot while the stack runs, once it passes a size, so a long
 * session never fills a disk: journaling moves to a new file (`cosmos.journal.<n+1>`), the store is
 * written as the snapshot (to a temporary file, then renamed), and only then is the old file deleted.
 * A crash at any point leaves files that fold back to what was acknowledged: the snapshot plus every
 * journal file left, in order (a change in an older file is also in the snapshot or overwritten by a
 * later line). The next start folds them all and starts a new file.
 */
interface JournalSink {
  /** The journal, open for appending while journaling (one descriptor: no open/close per write). */
  fd: number | null;
  /** Bytes appended to the current file. */
  bytes: number;
  /** Told once the current file has passed its size (a fold is due). */
  full: (() => void) | null;
  limit: number;
}

type JournalLine = { c: string; put: JSONObject } | { c: string; del: string; pk: unknown };

/** Which server a change belongs to: the request that made it runs inside its sink. */
const currentSink = new AsyncLocalStorage<JournalSink>();

interface DocumentsLike {
  _parent: { read(): { id: string } | undefined };
  _set(data: JSONObject): JSONObject;
  _item(keyPath: string, idOrRid: string, partition: unknown): { read(): JSONObject | undefined };
  delete(idOrRid: string, partition: unknown): void;
  replace(data: JSONObject, original: JSONObject): JSONObject;
}

/** Set while the server replaces a document, which it does as a delete and a set of the same key. */
let replacing = false;

function partitionKeyOf(container: string, doc: JSONObject): unknown {
  const spec = CONTAINERS[container as ContainerName];
  return spec ? doc[spec.partitionKeyPath.slice(1)] : doc['id'];
}

function append(line: JournalLine): void {
  const sink = currentSink.getStore();
  if (!sink || sink.fd === null) return;
  const text = `${JSON.stringify(line)}\n`;
  writeSync(sink.fd, text);
  sink.bytes += Buffer.byteLength(text);
  if (sink.bytes >= sink.limit && sink.full) {
    const full = sink.full;
    sink.full = null; // once per file: the fold moves to a new one
    setImmediate(full);
  }
}

let patched = false;

/** Hooks the server's document collections (once per process); only journaled servers write. */
function journalDocumentChanges(): void {
  if (patched) return;
  patched = true;
  const requireFromServer = createRequire(require.resolve('@vercel/cosmosdb-server'));
  const Documents = (requireFromServer('./account/documents') as { default: { prototype: DocumentsLike } })
    .default;
  const prototype = Documents.prototype;
  const set = prototype._set;
  const remove = prototype.delete;
  const replace = prototype.replace;
  prototype._set = function (this: DocumentsLike, data) {
    const stored = set.call(this, data);
    const container = this._parent.read()?.id;
    if (container) append({ c: container, put: stored });
    return stored;
  };
  prototype.delete = function (this: DocumentsLike, idOrRid, partition) {
    const doc = this._item('/id', idOrRid, partition).read();
    remove.call(this, idOrRid, partition);
    const container = this._parent.read()?.id;
    if (container && doc && !replacing)
      append({ c: container, del: String(doc['id']), pk: partitionKeyOf(container, doc) });
  };
  // A replace keeps its id and partition key, so its put line alone says it: one write, not two.
  prototype.replace = function (this: DocumentsLike, data, original) {
    replacing = true;
    try {
      return replace.call(this, data, original);
    } finally {
      replacing = false;
    }
  };
}

export interface CosmosJournal {
  /** Starts journaling into `file`, emptied (after the restore, which must not journal itself). */
  open(file: string): void;
  /** Journaling goes on in `file` from the next change; the file before is closed (and returned). */
  rotate(file: string): string | null;
  /** Stops and empties the journal: a snapshot now holds everything. */
  empty(): void;
}

/** The journal's files in `folder`, oldest first: `cosmos.journal` (older versions), then by number. */
export async function journalFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const numbered = names
    .map((name) => ({ name, n: /^cosmos\.journal(?:\.(\d+))?$/.exec(name) }))
    .filter((entry): entry is { name: string; n: RegExpExecArray } => entry.n !== null)
    .map(({ name, n }) => ({ name, n: Number(n[1] ?? 0) }))
    .sort((a, b) => a.n - b.n);
  return numbered.map(({ name }) => join(folder, name));
}

/** The file after the newest of `files` (`cosmos.journal.1` when there is none). */
export function nextJournalFile(folder: string, files: string[]): string {
  const last = files.at(-1);
  const n = last ? Number(/\.(\d+)$/.exec(last)?.[1] ?? 0) : 0;
  return join(folder, `cosmos.journal.${n + 1}`);
}

/**
 * Runs every request of `server` inside a sink; nothing is written until `open`. `onFull` is told when
 * the current file has passed `foldAtBytes` (once per file).
 */
export function attachJournal(
  server: Server,
  options: { foldAtBytes?: number; onFull?: () => void } = {},
): CosmosJournal {
  journalDocumentChanges();
  const sink: JournalSink = {
    fd: null,
    bytes: 0,
    full: options.onFull ?? null,
    limit: options.foldAtBytes ?? Number.POSITIVE_INFINITY,
  };
  let path: string | null = null;
  const listeners = server.listeners('request') as ((...args: unknown[]) => void)[];
  server.removeAllListeners('request');
  server.on('request', (...args: unknown[]) =>
    currentSink.run(sink, () => {
      for (const listener of listeners) listener.apply(server, args);
    }),
  );
  const openFile = (file: string) => {
    path = file;
    sink.fd = openSync(file, 'w');
    sink.bytes = 0;
    sink.full = options.onFull ?? null;
  };
  return {
    open: openFile,
    rotate(file) {
      const before = path;
      const fd = sink.fd;
      openFile(file);
      if (fd !== null) closeSync(fd);
      return before;
    },
    empty() {
      if (sink.fd !== null) closeSync(sink.fd);
      sink.fd = null;
      if (path) closeSync(openSync(path, 'w'));
    },
  };
}

const SYSTEM = new Set(['_rid', '_self', '_etag', '_attachments', '_ts']);

function withoutSystemFields(doc: JSONObject): JSONObject {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !SYSTEM.has(key))) as JSONObject;
}

/**
 * The snapshot's documents with the journals' changes applied in order (the files oldest first). A
 * torn last line (the process died inside a write) is ignored: its request was never answered.
 */
export async function foldJournal(
  dump: Record<string, JSONObject[]>,
  files: string | string[],
): Promise<{ dump: Record<string, JSONObject[]>; changes: number }> {
  const byContainer = new Map<string, Map<string, JSONObject>>();
  const keyOf = (container: string, id: unknown, pk: unknown) => JSON.stringify([pk ?? null, id]);
  for (const name of CONTAINER_NAMES) {
    const docs = new Map<string, JSONObject>();
    for (const doc of dump[name] ?? []) docs.set(keyOf(name, doc['id'], partitionKeyOf(name, doc)), doc);
    byContainer.set(name, docs);
  }
  let changes = 0;
  for (const file of typeof files === 'string' ? [files] : files) {
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const raw of text.split('\n')) {
      if (!raw.trim()) continue;
      let line: JournalLine;
      try {
        line = JSON.parse(raw) as JournalLine;
      } catch {
        continue;
      }
      const docs = byContainer.get(line.c);
      if (!docs) continue;
      if ('put' in line) {
        docs.set(
          keyOf(line.c, line.put['id'], partitionKeyOf(line.c, line.put)),
          withoutSystemFields(line.put),
        );
      } else {
        docs.delete(keyOf(line.c, line.del, line.pk));
      }
      changes += 1;
    }
  }
  const folded: Record<string, JSONObject[]> = {};
  for (const [name, docs] of byContainer) folded[name] = [...docs.values()];
  return { dump: folded, changes };
}

/** Runs folds one at a time; `settled` waits for the one running, if any, without starting another. */
export type SerialFolds = (() => Promise<void>) & { settled: () => Promise<void> };

/**
 * One fold at a time. A file that fills while a fold runs says so once (`onFull`), so that call asks
 * for another fold, which runs inside the promise its callers wait for: when it settles, none runs
 * (else under load the journal would grow unfolded, or a fold would delete files a caller copies).
 */
export function serialFolds(foldOnce: () => Promise<void>, onError: (error: unknown) => void): SerialFolds {
  let folding: Promise<void> | null = null;
  let again = false;
  const fold = () => {
    if (folding) {
      again = true;
      return folding;
    }
    folding = (async () => {
      do {
        again = false;
        await foldOnce();
      } while (again);
    })()
      .catch(onError)
      .finally(() => {
        folding = null;
      });
    return folding;
  };
  return Object.assign(fold, { settled: async () => void (await folding) });
}
