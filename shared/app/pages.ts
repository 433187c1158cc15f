import { StaleWriteError, type Log, type Page, type PageRequest, type Versioned } from './ports';

/**
 * Every page of a paged list, one after the other, each read from the continuation token the one
 * before gave: the one way the code reads a whole list (a timer's work, a tenant's users to purge).
 * A timer reads its work afresh in every run; a token never outlives the run that got it. Documents
 * a work list could not decode are logged, by container and id, and the rest goes on.
 */
export async function* eachPage<T>(
  read: (page: PageRequest) => Promise<Page<T>>,
  log: Log,
  limit = 100,
): AsyncGenerator<T[], void, undefined> {
  let continuationToken: string | null = null;
  do {
    const page: Page<T> = await read({ limit, continuationToken });
    for (const skipped of page.skipped ?? [])
      log.error(
        `${skipped.container} document ${skipped.id} cannot be decoded (${skipped.problems.join('; ')}); skipped`,
      );
    yield page.items;
    continuationToken = page.continuationToken;
  } while (continuationToken);
}

/** Every item of a paged list. */
export async function everyItem<T>(
  read: (page: PageRequest) => Promise<Page<T>>,
  log: Log,
  limit = 100,
): Promise<T[]> {
  const items: T[] = [];
  for await (const page of eachPage(read, log, limit)) items.push(...page);
  return items;
}

/**
 * A purge: every key of a paged list read first, then each document deleted (a page's token never
 * meets a list that shrank under it), only as it was listed: one written again since (a late retry
 * of its fact wrote an event and its delivery anew, which the soak met) is no longer due and is kept.
 * A delete that fails is logged and left for the next run.
 */
export async function deleteEvery<Key extends readonly [string, string]>(
  what: string,
  read: (page: PageRequest) => Promise<Page<Versioned<Key>>>,
  remove: (key: Versioned<Key>) => Promise<void>,
  log: Log,
): Promise<{ deleted: number; failed: number }> {
  const result = { deleted: 0, failed: 0 };
  for (const key of await everyItem(read, log)) {
    try {
      await remove(key);
      result.deleted += 1;
    } catch (error) {
      if (error instanceof StaleWriteError) continue; // written again since it was listed: not due
      result.failed += 1;
      log.error(`${what} ${key.value[1]} could not be deleted; the next run retries it`, error);
    }
  }
  return result;
}
