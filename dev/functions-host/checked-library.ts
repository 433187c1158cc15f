/**
 * The `@azure/functions` versions the stand-in for `@azure/functions-core` (core-module.ts) was checked
 * against. The library reaches the worker only through that module, so a version that calls it
 * differently (another hook, a new argument, a registration the stand-in does not know) would be
 * served here by guesswork while Azure's worker serves it as the library expects. Raising this list is
 * a review, not an edit: docs/architecture.md, "Raising @azure/functions", says what to read and which
 * tests must pass first.
 */
export const CHECKED_LIBRARY_VERSIONS: readonly string[] = ['4.16.5'];

/** The name the library gives its programming model (its src/ProgrammingModel.ts). */
export const LIBRARY_NAME = '@azure/functions';

/** Throws unless `version` of `@azure/functions` is one the stand-in was checked against. */
export function checkLibraryVersion(
  version: string,
  checked: readonly string[] = CHECKED_LIBRARY_VERSIONS,
): void {
  if (checked.includes(version)) return;
  throw new Error(
    `The app loaded ${LIBRARY_NAME} ${version}, but the local Functions host's stand-in for ` +
      `@azure/functions-core (dev/functions-host/core-module.ts) was checked against ${LIBRARY_NAME} ` +
      `${checked.join(', ')} only. To check ${version} and add it, follow docs/architecture.md, ` +
      '"Raising @azure/functions": read what it changes in its use of @azure/functions-core (its ' +
      'release notes and src/ in Azure/azure-functions-nodejs-library), add it to ' +
      'CHECKED_LIBRARY_VERSIONS in dev/functions-host/checked-library.ts and run the tests named there.',
  );
}

/**
 * Throws unless the programming model being set is `@azure/functions` at a checked version: the
 * library announces itself so on its first `app.*` call, before it registers any function.
 */
export function checkProgrammingModel(model: { name?: unknown; version?: unknown }): void {
  if (model.name !== LIBRARY_NAME)
    throw new Error(
      `The app set the programming model ${String(model.name)}; the local Functions host stands in ` +
        `for @azure/functions-core as ${LIBRARY_NAME} uses it, and for nothing else.`,
    );
  checkLibraryVersion(String(model.version));
}
