import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../shared/domain/event';
import { buildOpenApiDocument } from '../../shared/http/openapi';
import { ALL_OPERATIONS } from '../../shared/http/operations';
import { runNode } from '../support/node-process';
import { PROJECT_ROOT } from '../support/stack-settings';

/**
 * The document's `webhooks` (shared/http/openapi/webhooks.ts): every event type and `ping` is there,
 * its body the envelope with that type's `data`, every `$ref` in it found, the Standard Webhooks
 * headers declared; and the whole document passes Redocly's recommended rules, as the served one must
 * (test/component/generated-client.test.ts), run here offline on the generated document.
 */
type JsonObject = Record<string, unknown>;
const DOCUMENT = buildOpenApiDocument(ALL_OPERATIONS) as {
  webhooks: Record<string, { post: JsonObject }>;
  components: Record<string, Record<string, JsonObject>>;
};
const REDOCLY = join(PROJECT_ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');

/** The object a local `$ref` points at (`#/components/<kind>/<name>`), or undefined. */
function target(ref: string): JsonObject | undefined {
  const [hash, components, kind, name, ...rest] = ref.split('/');
  if (hash !== '#' || components !== 'components' || !kind || !name || rest.length > 0) return undefined;
  return DOCUMENT.components[kind]?.[name];
}

/** The schema with its own `$ref` followed. */
function resolved(schema: JsonObject): JsonObject {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const found = target(ref);
  if (!found) throw new Error(`${ref} is not in the document`);
  return resolved(found);
}

/** Every `$ref` reachable from the value that points nowhere (each named schema visited once). */
function danglingRefs(value: unknown, seen = new Set<string>()): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => danglingRefs(item, seen));
  if (value === null || typeof value !== 'object') return [];
  const found: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (key === '$ref' && typeof item === 'string') {
      if (seen.has(item)) continue;
      seen.add(item);
      const next = target(item);
      if (next === undefined) found.push(item);
      else found.push(...danglingRefs(next, seen));
    } else {
      found.push(...danglingRefs(item, seen));
    }
  }
  return found;
}

describe('the OpenAPI webhooks', () => {
  it.each([...EVENT_TYPES, 'ping'])(
    'when %s is looked up, then its POST takes the envelope of that type, signed, and retried unless 2xx',
    (type) => {
      const post = DOCUMENT.webhooks[type]?.post;
      expect(post, `no webhook for ${type}`).toBeDefined();
      const body = (post?.['requestBody'] as { content: Record<string, { schema: JsonObject }> }).content;
      const schema = body['application/json']?.schema ?? {};
      // Named, as every shape of the document is, and whole: no $ref inside it points nowhere.
      expect(schema['$ref']).toMatch(/^#\/components\/schemas\/\w+Event$/);
      expect(danglingRefs(schema)).toEqual([]);
      const envelope = resolved(schema) as { properties: Record<string, JsonObject>; required: string[] };
      expect(envelope.required).toEqual(['id', 'type', 'createdAt', 'data']);
      expect(envelope.properties['type']).toMatchObject({ const: type });
      expect(resolved(envelope.properties['data'] ?? {})).toMatchObject({ type: 'object' });

      const headers = (post?.['parameters'] as JsonObject[]).map(resolved);
      expect(headers.map((h) => [h['name'], h['in'], h['required']])).toEqual([
        ['webhook-id', 'header', true],
        ['webhook-timestamp', 'header', true],
        ['webhook-signature', 'header', true],
      ]);
      expect(Object.keys(post?.['responses'] as JsonObject)).toEqual(['2XX']);
      expect(post?.['description']).toEqual(expect.stringMatching(/\S/));
    },
  );

  it('when the document lists its webhooks, then they are the event types and ping, nothing else', () => {
    expect(Object.keys(DOCUMENT.webhooks).sort()).toEqual([...EVENT_TYPES, 'ping'].sort());
  });

  it("when a data shape several types share is named, then the feed's answer refers to the same schemas", () => {
    const page = JSON.stringify(DOCUMENT.components['schemas']?.['EventPage']);
    for (const type of EVENT_TYPES) {
      const ref = (DOCUMENT.webhooks[type]?.post['requestBody'] as { content: JsonObject }).content;
      const name = JSON.stringify(ref).match(/#\/components\/schemas\/(\w+)/)?.[1] ?? '';
      expect(page).toContain(`#/components/schemas/${name}`);
    }
    expect(JSON.stringify(DOCUMENT.components['schemas']?.['SubscriptionExpiredEvent'])).toContain(
      '#/components/schemas/SubscriptionEventData',
    );
  });

  it("when Redocly's recommended rules lint the generated document, then they find no error", async () => {
    const workdir = mkdtempSync(join(tmpdir(), 'keycard-openapi-'));
    try {
      writeFileSync(join(workdir, 'openapi.json'), JSON.stringify(DOCUMENT));
      const result = await runNode(
        [REDOCLY, 'lint', 'openapi.json', '--extends=recommended', '--format=json', '--max-problems=10000'],
        workdir,
        { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      );
      expect(result.stdout, result.stderr).toMatch(/^\s*\{/);
      const report = JSON.parse(result.stdout) as {
        problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
      };
      const line = (problem: (typeof report.problems)[number]) =>
        `${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer ?? ''}: ${problem.message}`;
      expect(report.problems.filter((p) => p.severity === 'error').map(line)).toEqual([]);
      // The webhooks add no warning either.
      const ours = report.problems.filter((p) =>
        p.location.some((l) => /^#\/(webhooks|components\/parameters)\//.test(l.pointer)),
      );
      expect(ours.map(line)).toEqual([]);
      expect(result.code).toBe(0);
    } finally {
      rmSync(workdir, { recursive: true, force: true });
    }
  }, 90_000);
});
