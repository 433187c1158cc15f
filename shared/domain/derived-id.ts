import { v5 as uuidv5 } from 'uuid';

/**
 * Ids derived from what they identify (UUIDv5), so that the id itself is the uniqueness claim and a
 * retried step finds what its first try wrote. One namespace per kind; never change one, or stored
 * ids stop matching.
 */
const NAMESPACES = {
  /** A partner, from its program id. */
  partner: '6f0c3c55-3a55-4c7b-9a9e-2d0f0c7a4b10',
  /** A user, from `<tenantId>:<userName>`. */
  user: '9d2c1b4e-6a7f-4e3d-8b5a-0c1f2e3d4a5b',
  /** The subscription billed directly that succeeds one, from `direct-billing:<subscriptionId>`. */
  directBilling: 'c4e8a1f0-2b3d-4c5e-9f60-7a8b9c0d1e2f',
  /** The ACS operation id of a notification's send, from the notification id. */
  emailOperation: '3a0d7f2e-8b4c-4f51-9c62-1e5d0b7a9f34',
  /** A key batch asked for with an Idempotency-Key, from the keyed hash of the caller and the key. */
  keyBatch: '7b1e4c2d-5f60-4a8b-9c3d-2e1f0a9b8c7d',
} as const;

export function derivedId(kind: keyof typeof NAMESPACES, name: string): string {
  return uuidv5(name, NAMESPACES[kind]);
}
