import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/stack-settings';

/**
 * An Azure SDK's AbortError left unobserved must not end the process (the soak lost `npm start` to
 * one); any other unhandled rejection still does. Run in a process of its own: the test runner
 * handles unhandled rejections itself. (npm test builds dist/ first.)
 */
const MODULE = join(PROJECT_ROOT, 'dist', 'shared', 'stray-aborts.js');

function runWithUnobserved(rejection: string) {
  const script = `
    require(${JSON.stringify(MODULE)}).absorbStrayAborts(() => console.log('absorbed'));
    Promise.reject(${rejection});
    setTimeout(() => console.log('still running'), 100);
  `;
  return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 10_000 });
}

describe('unobserved rejections', () => {
  it("when an SDK's AbortError is left unobserved, then it is logged and the process goes on", () => {
    const run = runWithUnobserved(
      "Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' })",
    );
    expect(run.stdout).toContain('absorbed');
    expect(run.stdout).toContain('still running');
    expect(run.status).toBe(0);
  });

  it('when any other rejection is left unobserved, then the process ends as Node would', () => {
    const run = runWithUnobserved("new TypeError('a real defect')");
    expect(run.stdout).not.toContain('still running');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('a real defect');
  });
});
