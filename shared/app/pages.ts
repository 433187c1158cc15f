import type { Log, Page, PageRequest } from './ports';

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
