/**
 * The Azure SDKs can leave a promise rejected with their `AbortError` unobserved: a request they had
 * started beside the one that failed (another page of a query, another batch) is aborted after its
 * caller already failed and moved on. Node ends the process on an unhandled rejection; in Azure the
 * worker would restart and fail every invocation in flight. The soak found it at 5% injected store
 * failures (`npm start` died mid-run). Only that error is absorbed, with a warning: its caller has
 * its own answer already. Anything else still ends the process, as Node would.
 */
let installed = false;

export function isStrayAbort(reason: unknown): boolean {
  return reason instanceof Error && reason.name === 'AbortError';
}

export function absorbStrayAborts(warn: (message: string) => void = console.warn): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    if (isStrayAbort(reason)) {
      warn(`An Azure SDK request was aborted after its caller had moved on: ${(reason as Error).message}`);
      return;
    }
    throw reason;
  });
}
