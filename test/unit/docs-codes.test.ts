import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '../../shared/domain/errors';
import type { AnyOperation } from '../../shared/http/operation';
import { ALL_OPERATIONS } from '../../shared/http/operations';
import { statusFor } from '../../shared/http/problem';
import { PROJECT_ROOT } from '../support/stack-settings';

/**
 * docs/api.md says what the code does: its "Error codes" table lists every code of
 * shared/domain/errors.ts with the status shared/http/problem.ts gives it (and the operations that
 * answer it with another, `statusOverrides`), and its endpoint tables name every operation. Both ways:
 * a code or an operation the docs leave out fails, and so does one they name that does not exist.
 */
const API_MD = readFileSync(join(PROJECT_ROOT, 'docs', 'api.md'), 'utf8');

/** `/console/{*asset}` → `/console`, `/offers/` → `/offers`, `{id?}` → `{id}`: one spelling of a path. */
function normalPath(path: string): string {
  const normal = path
    .replace(/\/\{\*\w+\}$/, '')
    .replace(/\{(\w+)\?\}/g, '{$1}')
    .replace(/\/$/, '');
  return normal === '' ? '/' : normal;
}

const operationName = (op: AnyOperation) => `${op.method} ${normalPath(`/${op.route}`)}`;

/** The lines of a `## heading` section, up to the next `## ` heading. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

function cells(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

interface DocumentedCode {
  code: string;
  status: number;
  /** `<METHOD> <path>` → the status that operation answers the code with. */
  overrides: Map<string, number>;
}

/** The rows of the "Error codes" table, and the problems of its form (a row that does not parse). */
function documentedCodes(markdown: string): { codes: DocumentedCode[]; problems: string[] } {
  const codes: DocumentedCode[] = [];
  const problems: string[] = [];
  const rows = section(markdown, 'Error codes').filter((line) => line.startsWith('|'));
  for (const row of rows.slice(2)) {
    const [codeCell = '', statusCell = ''] = cells(row);
    const code = /^`([a-z_]+)`$/.exec(codeCell)?.[1];
    const status = /^(\d{3})((?:; \d{3} on `[A-Z]+ \/[^`]*`)*)$/.exec(statusCell);
    if (!code || !status) {
      problems.push(
        `the row "${row.slice(0, 80)}" is not | \`code\` | status[; status on \`METHOD /path\`] |`,
      );
      continue;
    }
    const overrides = new Map<string, number>();
    for (const m of (status[2] ?? '').matchAll(/(\d{3}) on `([A-Z]+) (\/[^`]*)`/g))
      overrides.set(`${m[2]} ${normalPath(m[3] as string)}`, Number(m[1]));
    codes.push({ code, status: Number(status[1]), overrides });
  }
  if (rows.length === 0) problems.push('docs/api.md has no "## Error codes" table');
  return { codes, problems };
}

const isErrorCode = (code: string): code is ErrorCode => (ERROR_CODES as readonly string[]).includes(code);

/** Every difference between the docs' table and the code, one sentence each. */
function codeTableProblems(markdown: string, operations: readonly AnyOperation[]): string[] {
  const { codes, problems } = documentedCodes(markdown);
  const byCode = new Map<string, DocumentedCode>();
  for (const documented of codes) {
    if (byCode.has(documented.code)) problems.push(`${documented.code} is documented twice`);
    byCode.set(documented.code, documented);
  }
  for (const code of ERROR_CODES)
    if (!byCode.has(code)) problems.push(`${code} (shared/domain/errors.ts) is not documented`);

  const named = new Map(operations.map((op) => [operationName(op), op]));
  for (const documented of codes) {
    const { code } = documented;
    if (!isErrorCode(code)) {
      problems.push(`${code} is documented but is not a code (shared/domain/errors.ts)`);
      continue;
    }
    if (statusFor(code) !== documented.status)
      problems.push(`${code} is documented as ${documented.status}, answered as ${statusFor(code)}`);
    for (const [name, status] of documented.overrides) {
      const op = named.get(name);
      if (!op) problems.push(`${code}: ${name} is documented but is no operation`);
      else if (statusFor(code, op.statusOverrides) !== status)
        problems.push(
          `${code} on ${name} is documented as ${status}, answered as ${statusFor(code, op.statusOverrides)}`,
        );
    }
  }
  for (const op of operations) {
    for (const code of op.errors) {
      const documented = byCode.get(code);
      if (!documented) {
        problems.push(`${code}, listed by ${operationName(op)}, is not documented`);
        continue;
      }
      const status = statusFor(code, op.statusOverrides);
      if (status !== statusFor(code) && documented.overrides.get(operationName(op)) !== status)
        problems.push(`${code} is answered as ${status} on ${operationName(op)}: the docs do not say so`);
    }
    for (const [code, status] of Object.entries(op.statusOverrides ?? {}))
      if (status !== statusFor(code as ErrorCode) && !op.errors.includes(code as ErrorCode))
        problems.push(`${operationName(op)} overrides the status of ${code} but does not list it`);
  }
  return problems;
}

/** The `METHOD /path` of every row of the endpoint tables (`POST /a` · `/b` names two). */
function documentedOperations(markdown: string): string[] {
  const names: string[] = [];
  for (const line of section(markdown, 'Endpoints')) {
    if (!line.startsWith('| `')) continue;
    const first = cells(line)[0] ?? '';
    const method = /^`([A-Z]+) /.exec(first)?.[1];
    if (!method) continue;
    for (const m of first.matchAll(/`(?:[A-Z]+ )?(\/[^`]*)`/g))
      names.push(`${method} ${normalPath(m[1] as string)}`);
  }
  return names;
}

function endpointTableProblems(markdown: string, operations: readonly AnyOperation[]): string[] {
  const documented = documentedOperations(markdown);
  const actual = operations.map(operationName);
  return [
    ...actual.filter((name) => !documented.includes(name)).map((name) => `${name} is not documented`),
    ...documented
      .filter((name) => !actual.includes(name))
      .map((name) => `${name} is documented, no operation`),
  ];
}

/** docs/api.md with the "Error codes" row of `code` passed through `change` (null: the row removed). */
function withRow(code: string, change: (row: string) => string | null): string {
  const lines = API_MD.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`| \`${code}\` `));
  expect(index).toBeGreaterThan(0);
  const changed = change(lines[index] as string);
  if (changed === null) lines.splice(index, 1);
  else lines[index] = changed;
  return lines.join('\n');
}

describe('docs/api.md error codes', () => {
  it('when its "Error codes" table is read, then it lists every code of ERROR_CODES once, with the status statusFor() gives it and every operation that answers it with another', () => {
    expect(documentedCodes(API_MD).codes.length).toBe(ERROR_CODES.length);
    expect(codeTableProblems(API_MD, ALL_OPERATIONS)).toEqual([]);
  });

  it('when an operation lists a code in its errors, then the table documents that code', () => {
    const listed = new Set(ALL_OPERATIONS.flatMap((op) => op.errors));
    const documented = new Set(documentedCodes(API_MD).codes.map((c) => c.code));
    expect(listed.size).toBeGreaterThan(30);
    expect([...listed].filter((code) => !documented.has(code))).toEqual([]);
  });

  it('when a code is missing from the table, is not a code, or has another status, then the comparison fails and says which', () => {
    expect(
      codeTableProblems(
        withRow('offer_used', () => null),
        ALL_OPERATIONS,
      ),
    ).toEqual([
      'offer_used (shared/domain/errors.ts) is not documented',
      'offer_used, listed by DELETE /delegation-offers/{id}, is not documented',
      'offer_used, listed by POST /offers/lookup, is not documented',
      'offer_used, listed by POST /offers/accept, is not documented',
      'offer_used, listed by POST /offers/decline, is not documented',
    ]);
    const invented = withRow('offer_used', (row) => `${row}\n${row.replace('`offer_used`', '`offer_gone`')}`);
    expect(codeTableProblems(invented, ALL_OPERATIONS)).toEqual([
      'offer_gone is documented but is not a code (shared/domain/errors.ts)',
    ]);
    const wrongStatus = withRow('offer_used', (row) => row.replace(/\| 410( *)\|/, '| 409$1|'));
    expect(codeTableProblems(wrongStatus, ALL_OPERATIONS)).toEqual([
      'offer_used is documented as 409, answered as 410',
    ]);
  });

  it('when an operation answers a code with a status of its own, then the table must name that operation and status', () => {
    const overridden = ALL_OPERATIONS.flatMap((op) =>
      Object.entries(op.statusOverrides ?? {}).map(([code, status]) => ({ op, code, status })),
    );
    expect(overridden.length).toBeGreaterThan(0);
    const { op, code, status } = overridden[0] as (typeof overridden)[number];
    const name = operationName(op);
    const silent = withRow(code, (row) => row.replace(/; \d{3} on `[^`]+`/g, ''));
    expect(codeTableProblems(silent, ALL_OPERATIONS)).toContain(
      `${code} is answered as ${status} on ${name}: the docs do not say so`,
    );
    const elsewhere = withRow(code, (row) =>
      row.replace(/^(\| `\w+` +\| \d{3})/, `$1; ${status} on \`GET /nowhere\``),
    );
    expect(codeTableProblems(elsewhere, ALL_OPERATIONS)).toContain(
      `${code}: GET /nowhere is documented but is no operation`,
    );
  });
});

describe('docs/api.md endpoints', () => {
  it('when its endpoint tables are read, then they name every operation of ALL_OPERATIONS and no other', () => {
    expect(documentedOperations(API_MD).length).toBeGreaterThanOrEqual(ALL_OPERATIONS.length);
    expect(endpointTableProblems(API_MD, ALL_OPERATIONS)).toEqual([]);
  });

  it('when an operation is left out of the tables, then the comparison fails and names it', () => {
    const withoutPartnersRead = API_MD.split('\n')
      .filter((line) => !line.startsWith('| `GET /partners/{id}`'))
      .join('\n');
    expect(endpointTableProblems(withoutPartnersRead, ALL_OPERATIONS)).toEqual([
      'GET /partners/{id} is not documented',
    ]);
  });
});
