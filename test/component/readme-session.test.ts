import { execFile, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiBaseUrl, call, operatorToken, uniqueProgramId } from '../support/api';
import { PROJECT_ROOT } from '../support/stack-settings';

/**
 * README.md's "A session with curl", run as a reader would paste it: every command of its ```sh
 * block, in order, by bash under `set -euo pipefail` (a variable never set, a failing command or a
 * failing pipe stops it), with curl failing on any HTTP error (`--fail-with-body`, so the problem is
 * printed). Then what the session claims is read back through the API.
 */

/** The ```sh block of the README's "A session with curl" section. */
function sessionOf(readme: string): string {
  const section = /^## A session with curl\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "## A session with curl" section');
  const blocks = [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1] as string);
  if (blocks.length !== 1) throw new Error(`the section has ${blocks.length} sh blocks, not 1`);
  return blocks[0] as string;
}

/** Replaces what matches `pattern` exactly `times` times, so a README that drifts fails here by name. */
function replaced(text: string, pattern: RegExp, replacement: string, times: number): string {
  const every = new RegExp(pattern.source, `${pattern.flags}g`);
  const found = text.match(every)?.length ?? 0;
  if (found !== times) throw new Error(`expected ${pattern} ${times} time(s) in the session, found ${found}`);
  return text.replace(every, () => replacement);
}

interface Substitutions {
  programId: string;
  domainPrefix: string;
}

/**
 * The session as the test runs it. Only what cannot run as written is changed: the operator token and
 * the API base URL (the test stack's, not `npm start`'s), and the program id `1234567` and domain
 * prefix `fabrikam`, which can be registered once on a stack shared with other tests (and with the
 * next run): unique values instead. Every other line runs as the README has it.
 */
function runnable(session: string, values: Substitutions): string {
  let script = session;
  script = replaced(script, /^OP=.*$/m, `OP='${operatorToken()}'`, 1);
  script = replaced(script, /^API=.*$/m, `API='${apiBaseUrl()}'`, 1);
  script = replaced(script, /"partnerId":"1234567"/, `"partnerId":"${values.programId}"`, 1);
  script = replaced(script, /\/domains\/fabrikam\//, `/domains/${values.domainPrefix}/`, 1);
  script = replaced(script, /"domainPrefix":"fabrikam"/, `"domainPrefix":"${values.domainPrefix}"`, 1);
  return [
    'set -euo pipefail',
    'curl() { command curl --fail-with-body "$@"; }',
    script,
    // What the test reads back through the API: the partner's token and the ids the session ended with.
    'echo; echo "session-ids $PT $S $R $R2"',
    '',
  ].join('\n');
}

interface BashResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runBash(script: string): Promise<BashResult> {
  return new Promise((resolve) => {
    const child = execFile(
      'bash',
      ['-c', script],
      { encoding: 'utf8', timeout: 60_000, env: { ...process.env, no_proxy: '*', NO_PROXY: '*' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end();
  });
}

/** curl with --json (7.82) and --fail-with-body (7.76), and jq: CI installs them (.ci/run). */
function curlVersion(): [number, number] | null {
  const out = spawnSync('curl', ['--version'], { encoding: 'utf8' });
  const match = /^curl (\d+)\.(\d+)/.exec(out.stdout ?? '');
  return match ? [Number(match[1]), Number(match[2])] : null;
}
const curl = curlVersion();
const haveTools = curl !== null && spawnSync('jq', ['--version']).status === 0;

describe('README.md: a session with curl', () => {
  it.skipIf(!haveTools && !process.env['CI'])(
    'when every command of the session is run by bash under set -euo pipefail, then each succeeds and the subscription holds the seats of both keys',
    async () => {
      expect(curl, 'curl is not installed (apt-get install curl)').not.toBeNull();
      const [major, minor] = curl as [number, number];
      expect(
        major * 100 + minor,
        `curl ${major}.${minor} has no --json (7.82 or later)`,
      ).toBeGreaterThanOrEqual(782);
      expect(spawnSync('jq', ['--version']).status, 'jq is not installed (apt-get install jq)').toBe(0);

      const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
      const session = sessionOf(readme);
      const values = {
        programId: uniqueProgramId(),
        domainPrefix: `readme${randomUUID().replaceAll('-', '').slice(0, 12)}`,
      };
      const run = await runBash(runnable(session, values));
      expect(run.stderr, run.stdout).toBe('');
      expect(run.code, run.stdout).toBe(0);

      const [marker, token, subscriptionId, redemptionId, secondRedemptionId] = (
        run.stdout.trimEnd().split('\n').at(-1) as string
      ).split(' ');
      expect(marker).toBe('session-ids');
      expect(token).toMatch(/^kcp_/);
      for (const id of [subscriptionId, redemptionId, secondRedemptionId])
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(secondRedemptionId).not.toBe(redemptionId);
      const asPartner = { token: token as string };

      // The README's last command prints the seats and says what it prints: the same number.
      const promised = /jq \.seats\s+#\s*(\d+)\s*$/m.exec(session)?.[1];
      expect(
        promised,
        'the session ends by printing the seats, with their number as a comment',
      ).toBeDefined();
      expect(/(\d+)\n\nsession-ids /.exec(run.stdout)?.[1]).toBe(promised);

      for (const id of [redemptionId, secondRedemptionId]) {
        const redemption = await call('GET', `/redemptions/${id}`, asPartner);
        expect(redemption.status).toBe(200);
        expect(redemption.body.status).toBe('completed');
      }

      const subscription = await call('GET', `/subscriptions/${subscriptionId}`, asPartner);
      expect(subscription.status).toBe(200);
      expect(subscription.body).toMatchObject({ sku: 'BUSINESS_BASIC', state: 'active', seats: 15 });
      expect(subscription.body.terms).toHaveLength(1);
      expect(subscription.body.terms[0].seats).toBe(15);

      const tenant = await call('GET', `/tenants/${subscription.body.tenantId}`, asPartner);
      expect(tenant.status).toBe(200);
      expect(tenant.body.domain).toBe(`${values.domainPrefix}.onmicrosoft.com`);
    },
  );
});
