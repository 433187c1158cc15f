import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiBaseUrl, operatorToken } from '../support/api';
import { runNode } from '../support/node-process';
import { PROJECT_ROOT } from '../support/stack-settings';

/**
 * The contract as a partner consumes it: types generated from the document the stack serves, a program
 * written against them (docs/examples/partner-client.ts) type-checked as strictly as a careful partner
 * would, then run against the stack; and the served document linted by Redocly's recommended rules.
 * Nothing here reads the network beyond the local stack.
 */
const EXAMPLES = join(PROJECT_ROOT, 'docs', 'examples');
const EXAMPLE_FILES = ['partner-client.ts', 'tsconfig.json', 'package.json'];
const REDOCLY = join(PROJECT_ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');

/** Casts, `any`, non-null assertions and silenced errors: what would let the example lie to the compiler. */
function escapeHatches(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) => `line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isAsExpression(node) && node.type.getText(source) !== 'const')
      found.push(`cast at ${where(node)}`);
    if (ts.isTypeAssertionExpression(node)) found.push(`cast at ${where(node)}`);
    if (ts.isNonNullExpression(node)) found.push(`non-null assertion at ${where(node)}`);
    if (node.kind === ts.SyntaxKind.AnyKeyword) found.push(`any at ${where(node)}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (/@ts-(ignore|expect-error|nocheck)/.test(text)) found.push('a silenced compiler error');
  return found;
}

describe('a client generated from the served OpenAPI document', () => {
  let workdir: string;
  let document: string;

  beforeAll(async () => {
    const response = await fetch(`${apiBaseUrl()}/openapi.json`);
    // Not an expectation (vitest/no-standalone-expect): without the document no test here can pass.
    if (response.status !== 200) throw new Error(`GET /openapi.json answered ${response.status}`);
    document = await response.text();
    workdir = mkdtempSync(join(tmpdir(), 'keycard-client-'));
    writeFileSync(join(workdir, 'openapi.json'), document);
    for (const file of EXAMPLE_FILES) copyFileSync(join(EXAMPLES, file), join(workdir, file));
    // The example's imports (openapi-fetch, @types/node) resolve as they would in a partner's project.
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(workdir, 'node_modules'), 'dir');
  });

  afterAll(() => {
    if (workdir) rmSync(workdir, { recursive: true, force: true });
  });

  it('when the example is read, then it holds no cast, any, non-null assertion or silenced error', async () => {
    expect(escapeHatches(join(EXAMPLES, 'partner-client.ts'))).toEqual([]);
  });

  it('when types are generated from it, then the partner example compiles strictly and runs its story against the stack', async () => {
    // (2) Types from the served document, by openapi-typescript's Node API (given the text: no fetch).
    writeFileSync(join(workdir, 'keycard-api.d.ts'), astToString(await openapiTS(document)));

    // (3) Type-check with the example's own tsconfig, which must stay strict; the generated file is checked too.
    const configFile = ts.readConfigFile(join(workdir, 'tsconfig.json'), ts.sys.readFile);
    expect(configFile.error).toBeUndefined();
    const config = ts.parseJsonConfigFileContent(configFile.config, ts.sys, workdir);
    expect(config.errors).toEqual([]);
    expect(config.options).toMatchObject({
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      skipLibCheck: false,
    });
    expect(config.fileNames.map((file) => file.slice(workdir.length + 1)).sort()).toEqual([
      'keycard-api.d.ts',
      'partner-client.ts',
    ]);
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    const diagnostics = ts.formatDiagnostics(ts.getPreEmitDiagnostics(program), {
      getCanonicalFileName: (file) => file,
      getCurrentDirectory: () => workdir,
      getNewLine: () => '\n',
    });
    expect(diagnostics).toBe('');
    expect(program.emit().emitSkipped).toBe(false);

    // (4) Run it against the stack, as a partner would: a base URL and the operator's token.
    const result = await runNode([join(workdir, 'out', 'partner-client.js')], workdir, {
      KEYCARD_API_BASE_URL: apiBaseUrl(),
      KEYCARD_OPERATOR_TOKEN: operatorToken(),
    });
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.mistypedKey.handledAs).toBe('key_checksum_mismatch');
    expect(summary.redemption).toMatchObject({ keys: 2, totalSeats: 20 });
    expect(summary.tenant.id).toEqual(expect.any(String));
    expect(summary.tenant.id).not.toBe('');
    expect(summary.subscription).toMatchObject({ state: 'active', seats: 20, noticeDays: [60, 30, 7, 1] });
    // The partner is new: its only subscription is the one it just created, found on the pages.
    expect(summary.renewalsDue.ids).toEqual([summary.subscription.id]);
    expect(summary.renewalsDue.pages).toBeGreaterThanOrEqual(1);
    expect(summary.offer).toEqual({ status: 'pending' });
  });

  it("when Redocly's recommended rules lint the served document, then they find no error", async () => {
    // Offline and silent: no telemetry, no update check, no config but the recommended rules.
    const result = await runNode(
      [REDOCLY, 'lint', 'openapi.json', '--extends=recommended', '--format=json', '--max-problems=10000'],
      workdir,
      { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    );
    expect(result.stdout, result.stderr).toMatch(/^\s*\{/);
    const report = JSON.parse(result.stdout) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
    };
    const line = (problem: (typeof report.problems)[number]) =>
      `${problem.ruleId} ${problem.location[0]?.pointer ?? ''}: ${problem.message}`;
    const warnings = report.problems.filter((problem) => problem.severity === 'warn').map(line);
    // Warnings are reported, not failed: input for the contract's next changes.
    if (warnings.length > 0) console.info(`Redocly warnings (${warnings.length}):\n${warnings.join('\n')}`);
    const errors = report.problems.filter((problem) => problem.severity === 'error').map(line);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
    expect(result.code).toBe(0);
  });
});
