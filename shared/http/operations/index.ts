import type { AnyOperation } from '../operation';
import * as delegation from './delegation';
import * as events from './events';
import * as inventory from './inventory';
import * as notifications from './notifications';
import * as partners from './partners';
import * as redemptions from './redemptions';
import * as service from './service';
import * as subscriptions from './subscriptions';
import * as tenants from './tenants';
import * as users from './users';
import * as webhooks from './webhooks';

/**
 * The HTTP contract, one descriptor per operation, by area (the sections of docs/api.md). A descriptor
 * is said once: the function file registers from it (name, route, method), the endpoint enforces it
 * (who, body, query) and the OpenAPI document is generated from it. Each area's file lists its
 * operations in the order of the contract.
 */
export * from './delegation';
export * from './events';
export * from './inventory';
export * from './notifications';
export * from './partners';
export * from './redemptions';
export * from './service';
export * from './subscriptions';
export * from './tenants';
export * from './users';
export * from './webhooks';

const AREAS = [
  service,
  partners,
  inventory,
  redemptions,
  tenants,
  subscriptions,
  users,
  notifications,
  events,
  webhooks,
  delegation,
];

/** Every operation, in the order of the contract (and of the OpenAPI document). */
export const ALL_OPERATIONS: readonly AnyOperation[] = AREAS.flatMap((area) => Object.values(area));
