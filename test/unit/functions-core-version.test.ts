import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKED_LIBRARY_VERSIONS, checkLibraryVersion } from '../../dev/functions-host/checked-library';
import { FunctionsCore, withFreshCore } from '../../dev/functions-host/core-module';

/** The library's entry point (dist/azure-functions.js) sits one folder below its package.json. */
const libraryEntry = require.resolve('@azure/functions');
const installedVersion = (
  JSON.parse(readFileSync(join(dirname(libraryEntry), '..', 'package.json'), 'utf8')) as { version: string }
).version;

const unchecked = '4.99.0';

/**
 * A copy of the installed library of its own, evaluated under `core`: as a bundle carries its own, and
 * with no memory of an earlier `require('@azure/functions-core')` (the library asks once per copy).
 */
function freshLibrary(): typeof import('@azure/functions') {
  const cached = require.cache[libraryEntry];
  delete require.cache[libraryEntry];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy, as the worker requires it
    return require(libraryEntry) as typeof import('@azure/functions');
  } finally {
    if (cached) require.cache[libraryEntry] = cached;
  }
}

describe('the @azure/functions versions the stand-in for @azure/functions-core was checked against', () => {
  it('when the installed @azure/functions is checked, then its version is one of those checked', () => {
    expect(CHECKED_LIBRARY_VERSIONS).toContain(installedVersion);
    expect(() => checkLibraryVersion(installedVersion)).not.toThrow();
  });

  it('when another version is checked, then the error names it, the versions checked and the procedure', () => {
    expect(CHECKED_LIBRARY_VERSIONS).not.toContain(unchecked);
    const error = (() => {
      try {
        checkLibraryVersion(unchecked);
      } catch (thrown) {
        return thrown as Error;
      }
      return undefined;
    })();
    expect(error?.message).toContain(`@azure/functions ${unchecked}`);
    expect(error?.message).toContain(
      `checked against @azure/functions ${CHECKED_LIBRARY_VERSIONS.join(', ')}`,
    );
    expect(error?.message).toContain('docs/architecture.md, "Raising @azure/functions"');
    expect(error?.message).toContain('CHECKED_LIBRARY_VERSIONS');
  });

  it('when the library sets a programming model of another version, then the core refuses it and any registration', () => {
    const core = new FunctionsCore();
    expect(() => core.setProgrammingModel({ name: '@azure/functions', version: unchecked })).toThrow(
      `@azure/functions ${unchecked}`,
    );
    expect(core.getProgrammingModel()).toBeUndefined();
    const trigger = { type: 'timerTrigger', direction: 'in' as const, schedule: '0 0 * * * *' };
    expect(() => core.registerFunction({ name: 'tick', bindings: { trigger } }, () => undefined)).toThrow(
      'before any programming model was set',
    );
    expect(core.registrations.size).toBe(0);
  });

  it('when a programming model other than @azure/functions is set, then the core refuses it', () => {
    expect(() => new FunctionsCore().setProgrammingModel({ name: 'defaultV3', version: '3.5.1' })).toThrow(
      'programming model defaultV3',
    );
  });

  it('when the installed library registers a function, then it first sets its programming model with its own version', async () => {
    const core = await withFreshCore(async (fresh) => {
      freshLibrary().app.timer('tick', { schedule: '0 0 * * * *', handler: () => undefined });
      return fresh;
    });
    expect(core.getProgrammingModel()).toMatchObject({ name: '@azure/functions', version: installedVersion });
    expect([...core.registrations.keys()]).toEqual(['tick']);
  });
});
