/**
 * The zod schemas that validate requests, and the shapes of responses, by area (fields.ts holds what
 * they share). `GET /openapi.json` is generated from these very objects, so the document cannot
 * drift from what is enforced. Request bodies are strict: an unknown field is a mistake worth
 * reporting (a typo of an optional field would otherwise be silently ignored).
 */
export * from './service';
export * from './partners';
export * from './inventory';
export * from './redemptions';
export * from './tenants';
export * from './subscriptions';
export * from './users';
export * from './notifications';
export * from './delegation';
export * from './events';
export * from './webhooks';
export { pageOf, PageQuery } from './fields';
