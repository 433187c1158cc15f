import * as z from 'zod';
import type { Partner } from '../../../domain/partner';
import {
  PARTNER_DIRECTORY,
  type Page,
  type PageRequest,
  type PartnerDirectoryEntry,
  type PartnerDirectoryRepository,
  type TokenRecord,
} from '../../../app/ports';
import { DEFAULT_LANGUAGE } from '../../../text/languages';
import type { DocumentStore } from '../document-store';
import { instant, language, since, text } from './fields';
import { byId, CosmosRepository, type DocumentShape, type Locate } from './repository';

/**
 * Partners: in code the public number on the program card is `programId`; the stored document (and
 * the API) keep the field's original name, `partnerId`. A partner stored before languages existed
 * has none: it speaks English (as a new one does unless it chooses).
 */
const storedPartner = z
  .looseObject({
    id: text,
    partnerId: text,
    name: text,
    email: text,
    cloudEssentials: z.boolean(),
    language: language.default(DEFAULT_LANGUAGE),
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

const directoryEntry = z.looseObject({
  id: text,
  directory: z.literal(PARTNER_DIRECTORY),
  createdAt: instant,
} satisfies DocumentShape<PartnerDirectoryEntry>);

/** Every entry of the directory is in its one partition, addressed by the partner's id. */
const inDirectory: Locate<[id: string]> = (id) => ({ id, partitionKey: PARTNER_DIRECTORY });

/**
 * The partner directory: the operator's list of partners, read from one partition (the `partners`
 * container is partitioned by id, and a request path never queries across partitions; see
 * docs/decisions.md, "Partners, tenants and users").
 */
export class CosmosPartnerDirectoryRepository
  extends CosmosRepository<PartnerDirectoryEntry>
  implements PartnerDirectoryRepository
{
  constructor(store: DocumentStore) {
    super(store, 'partnerDirectory', inDirectory, { schema: directoryEntry });
  }

  listNewestFirst(page: PageRequest): Promise<Page<PartnerDirectoryEntry>> {
    const query = 'SELECT * FROM c WHERE c.directory = @directory ORDER BY c.createdAt DESC';
    const parameters = [{ name: '@directory', value: PARTNER_DIRECTORY }];
    return this.pageIn(PARTNER_DIRECTORY, { query, parameters }, page);
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
