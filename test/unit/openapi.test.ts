import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../shared/http/openapi';
import { ALL_OPERATIONS } from '../../shared/http/operations';
import { PROJECT_ROOT } from '../support/stack-settings';

/**
 * The contract partner tools are written against. Recorded before the code was reorganised around
 * the operation descriptors, which was to change nothing visible over HTTP: a change of the document
 * is a change of the contract, made on purpose, with this fixture updated in the same commit.
 */
const RECORDED = join(PROJECT_ROOT, 'test/support/fixtures/openapi.json');

describe('OpenAPI document', () => {
  it('when generated from the descriptors, then it is the recorded contract, byte for byte in its JSON form', () => {
    const recorded: unknown = JSON.parse(readFileSync(RECORDED, 'utf8'));
    const generated = buildOpenApiDocument(ALL_OPERATIONS);
    expect(generated).toEqual(recorded);
    expect(JSON.stringify(generated)).toBe(JSON.stringify(recorded));
  });

  it('when the operations are listed, then each name is unique and they follow the sections of the contract', () => {
    const names = ALL_OPERATIONS.map((op) => op.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 5)).toEqual(['health', 'openapi', 'catalog', 'console', 'partners-create']);
    expect(names.at(-1)).toBe('tenants-delegated-admins-remove');
  });
});
