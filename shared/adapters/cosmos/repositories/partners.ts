import * as z from 'zod';
import type { Partner } from '../../../domain/partner';
import type { TokenRecord } from '../../../app/ports';
import type { DocumentStore } from '../document-store';
import { instant, since, text } from './fields';
import { byId, CosmosRepository, type DocumentShape } from './repository';

/**
 * Partners: in code the public number on the program card is `programId`; the stored document (and
 * the API) keep the field's original name, `partnerId`.
 */
const storedPartner = z
  .looseObject({
    id: text,
    partnerId: text,
    name: text,
    email: text,
    cloudEssentials: z.boolean(),
    createdAt: instant,
    updatedAt: instant,
    tokenHash: text,
    tokenReissuedAt: since(instant),
  } satisfies DocumentShape<Omit<Partner, 'programId'> & { partnerId: string }>)
  .transform(({ partnerId, ...rest }): Partner => ({ ...rest, programId: partnerId }));

export class CosmosPartnerRepository extends CosmosRepository<Partner> {
  constructor(store: DocumentStore) {
    super(store, 'partners', byId, {
      schema: storedPartner,
      toDocument: ({ programId, ...rest }) => ({ ...rest, partnerId: programId }),
    });
  }
}

const tokenRecord = z.looseObject({
  id: text,
  kind: z.enum(['partner', 'customer_admin', 'delegation_offer']),
  subjectId: text,
  tenantId: since(text),
  createdAt: instant,
} satisfies DocumentShape<TokenRecord>);

export function cosmosTokenRepository(store: DocumentStore): CosmosRepository<TokenRecord> {
  return new CosmosRepository<TokenRecord>(store, 'tokens', byId, { schema: tokenRecord });
}
