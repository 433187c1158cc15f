import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { QueueClient } from '@azure/storage-queue';
import type { CosmosClient } from '@azure/cosmos';
import { afterAll, beforeAll } from 'vitest';
import { AdjustableClock } from '../../dev/clock';
import { dumpDatabase, provisionCosmos } from '../../dev/cosmos-server';
import { provisionQueues } from '../../dev/queues';
import type { ReceivedMail } from '../../dev/received-mail';
import { startLocalStack, type LocalStack } from '../../dev/stack';
import { createCosmosClient } from '../../shared/adapters/cosmos/client';
import { completeRedemption, type CompletionDetails } from '../../shared/app/complete';
import type { AppDeps } from '../../shared/app/deps';
import { createKeyBatch, type KeyTerms } from '../../shared/app/key-batches';
import { sendQueuedNotification } from '../../shared/app/notifications';
import { registerPartner } from '../../shared/app/partners';
import type { UserDetails } from '../../shared/app/read-models';
import { getSubscription } from '../../shared/app/subscriptions';
import { addUser, type NewUserRequest } from '../../shared/app/users';
import type { Log } from '../../shared/app/ports';
import { addKey, confirmRedemption, openRedemption } from '../../shared/app/redemptions';
import { loadConfig } from '../../shared/config';
import { DomainError } from '../../shared/domain/errors';
import type { Notification } from '../../shared/domain/notification';
import type { Partner } from '../../shared/domain/partner';
import type { Principal } from '../../shared/domain/principal';
import type { CompletionRequest } from '../../shared/domain/redemption';
import { subscriptionView } from '../../shared/http/views';
import { createRuntime, type Runtime } from '../../shared/runtime';
import { PROJECT_ROOT, hostJson, testSettings } from './stack-settings';

/**
 * The use cases of shared/app called directly, without HTTP: their ports built by the real
 * composition root (`createRuntime`) over the local stack's services only (the Cosmos DB server
 * behind its Azure-shaped gateway, Azurite, the local ACS email endpoint), started in this test
 * worker. Real SDKs against real servers, as in the component tests; only the Functions host and
 * HTTP are left out, which is what makes these fast.
 *
 * `useCaseDeps()` registers its own beforeAll/afterAll: each call is a world of its own (its own
 * database, queue and clock), so a sweep or a moved clock never reaches another file's data.
 */

/** The services, once per worker (the `usecase` project runs its files in one worker without isolation). */
let services: Promise<LocalStack> | undefined;

function localServices(): Promise<LocalStack> {
  services ??= (async () => {
    const { settings, httpPort } = await testSettings();
    return startLocalStack({
      projectRoot: PROJECT_ROOT,
      settings,
      httpPort,
      dataDir: null,
      functionFiles: [],
      hostJson: hostJson(),
      timers: 'manual',
      withHost: false,
      log: (line) => console.error(line),
    });
  })();
  return services;
}

export const operator: Principal = { kind: 'operator' };

export function asPartner(partner: Partner): Principal {
  return { kind: 'partner', partner };
}

export function asAdmin(tenant: { tenantId: string; adminUserId: string }): Principal {
  return { kind: 'customer_admin', tenantId: tenant.tenantId, userId: tenant.adminUserId };
}

export interface SeededPartner {
  partner: Partner;
  token: string;
  principal: Principal;
}

export interface SeededTenant {
  partner: SeededPartner;
  redemptionId: string;
  tenantId: string;
  subscriptionId: string;
  adminUserId: string;
  adminEmail: string;
  /** The customer's first Global Administrator. */
  admin: Principal;
  created: Extract<CompletionDetails, { kind: 'tenant_created' }>;
}

export const DAY = 86_400_000;

export type SubscriptionView = ReturnType<typeof subscriptionView>;

export function uniquePrefix(): string {
  return `t${randomBytes(8).toString('hex')}`;
}

export function createTenantRequest(
  overrides: Partial<Extract<CompletionRequest, { action: 'create_tenant' }>> = {},
  tenant: Partial<Extract<CompletionRequest, { action: 'create_tenant' }>['tenant']> = {},
): Extract<CompletionRequest, { action: 'create_tenant' }> {
  return {
    action: 'create_tenant',
    partnerOfRecord: true,
    delegatedAdministration: false,
    ...overrides,
    tenant: {
      organizationName: 'Contoso S.p.A.',
      countryCode: 'IT',
      domainPrefix: uniquePrefix(),
      admin: {
        firstName: 'Ada',
        lastName: 'Rossi',
        email: `ada.${randomBytes(4).toString('hex')}@contoso.example`,
      },
      ...tenant,
    },
  };
}

/** The DomainError `action` rejects with (a test fails on any other outcome). */
export async function refusal(action: Promise<unknown>): Promise<DomainError> {
  const error: unknown = await action.then(
    () => new Error('expected a DomainError, and it succeeded'),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DomainError)) throw error;
  return error;
}

/** The code of the DomainError `action` rejects with. */
export async function rejectedCode(action: Promise<unknown>): Promise<string> {
  return (await refusal(action)).code;
}

/** A log that keeps what the use cases say, for tests to read; errors also go to stderr. */
class KeptLog implements Log {
  readonly lines: string[] = [];
  info(message: string): void {
    this.lines.push(`info: ${message}`);
  }
  warn(message: string): void {
    this.lines.push(`warn: ${message}`);
  }
  error(message: string, ...details: unknown[]): void {
    this.lines.push(`error: ${message}`);
    console.error(message, ...details);
  }
}

export class UseCaseWorld {
  readonly clock = new AdjustableClock();
  readonly log = new KeptLog();
  private ready: { runtime: Runtime; stack: LocalStack; direct: CosmosClient; queue: QueueClient } | null =
    null;
  private databaseId = '';

  constructor(private readonly overrides: Record<string, string>) {}

  private get state() {
    if (!this.ready)
      throw new Error('useCaseDeps() is ready in tests and hooks, not while tests are collected');
    return this.ready;
  }

  /** What the use cases are given: the composition root's ports, this world's clock and log. */
  get deps(): AppDeps {
    return { ...this.state.runtime.deps, log: this.log };
  }

  get runtime(): Runtime {
    return this.state.runtime;
  }

  async start(): Promise<void> {
    const stack = await localServices();
    this.databaseId = `u-${randomUUID()}`;
    const settings: Record<string, string> = {
      ...stack.settings,
      COSMOS_DATABASE: this.databaseId,
      NOTIFICATIONS_QUEUE: `n-${this.databaseId.slice(2, 14)}`,
      WEBHOOKS_QUEUE: `w-${this.databaseId.slice(2, 14)}`,
      ...this.overrides,
    };
    // Provisioned straight on the server (uncharged, as the stack provisions); the app goes through
    // the gateway, as it does in every other test.
    const direct = createCosmosClient(
      loadConfig({ ...settings, COSMOS_ENDPOINT: stack.cosmosServerEndpoint as string }),
    );
    await provisionCosmos(direct, this.databaseId);
    const storage = settings['AzureWebJobsStorage'] as string;
    const queueName = settings['NOTIFICATIONS_QUEUE'] as string;
    await provisionQueues(storage, queueName, settings['WEBHOOKS_QUEUE'] as string);
    const runtime = createRuntime(loadConfig(settings), { clock: this.clock });
    this.ready = { runtime, stack, direct, queue: new QueueClient(storage, queueName) };
  }

  async stop(): Promise<void> {
    if (!this.ready) return;
    const { runtime, direct, queue } = this.ready;
    this.ready = null;
    await queue.delete().catch(() => undefined);
    await direct
      .database(this.databaseId)
      .delete()
      .catch(() => undefined);
    runtime.cosmos.dispose();
    direct.dispose();
  }

  /** Every document of this world's database by container, without Cosmos' system properties. */
  dump(): Promise<Record<string, Record<string, unknown>[]>> {
    return dumpDatabase(this.state.direct, this.databaseId);
  }

  // ---- factories: what a test needs, made through the use cases themselves ----------------------

  async partner(
    overrides: Partial<{ name: string; programId: string; email: string; cloudEssentials: boolean }> = {},
  ): Promise<SeededPartner> {
    const { partner, token } = await registerPartner(this.deps, operator, {
      name: 'Fabrikam Partner',
      programId: String(randomInt(1_000_000_000, 9_999_999_999)),
      email: 'partner@fabrikam.example',
      cloudEssentials: true,
      ...overrides,
    });
    return { partner, token, principal: asPartner(partner) };
  }

  async mintKeys(count: number, terms: Partial<KeyTerms> = {}): Promise<string[]> {
    const outcome = await createKeyBatch(
      this.deps,
      operator,
      { sku: 'BUSINESS_BASIC', seatsPerKey: 25, termMonths: 12, ...terms, count },
      randomUUID(),
    );
    return outcome.keys;
  }

  async mintKey(terms: Partial<KeyTerms> = {}): Promise<string> {
    return (await this.mintKeys(1, terms))[0] as string;
  }

  /** A redemption holding `keys`, not yet confirmed. */
  async openRedemption(partner: SeededPartner, keys: string[] = []): Promise<string> {
    const { redemption } = await openRedemption(this.deps, partner.principal, true);
    for (const key of keys) await addKey(this.deps, partner.principal, redemption.id, key);
    return redemption.id;
  }

  async confirmedRedemption(partner: SeededPartner, keys: string[]): Promise<string> {
    const id = await this.openRedemption(partner, keys);
    await confirmRedemption(this.deps, partner.principal, id);
    return id;
  }

  /** The wizard run to its end: a partner, its keys redeemed for a new tenant with its first admin. */
  async tenant(
    options: {
      partner?: SeededPartner;
      partnerOfRecord?: boolean;
      delegatedAdministration?: boolean;
      keys?: number;
      terms?: Partial<KeyTerms>;
    } = {},
  ): Promise<SeededTenant> {
    const partner = options.partner ?? (await this.partner());
    const keys = await this.mintKeys(options.keys ?? 1, options.terms);
    const redemptionId = await this.confirmedRedemption(partner, keys);
    const request = createTenantRequest({
      partnerOfRecord: options.partnerOfRecord ?? true,
      delegatedAdministration: options.delegatedAdministration ?? false,
    });
    const created = await completeRedemption(this.deps, partner.principal, redemptionId, request);
    if (created.kind !== 'tenant_created') throw new Error(`no tenant created: ${created.kind}`);
    const ids = { tenantId: created.tenant.tenant.id, adminUserId: created.adminUser.user.id };
    return {
      partner,
      redemptionId,
      ...ids,
      subscriptionId: created.subscription.subscription.id,
      adminEmail: request.tenant.admin.email,
      admin: asAdmin(ids),
      created,
    };
  }

  /** A user added by the tenant's first admin (or `by`), licensed unless said otherwise. */
  addUser(
    tenant: SeededTenant,
    request: Omit<NewUserRequest, 'assignLicense'> & { assignLicense?: boolean },
    by: Principal = tenant.admin,
  ): Promise<UserDetails> {
    return addUser(this.deps, by, tenant.tenantId, { assignLicense: true, ...request });
  }

  /** The subscription as `principal` gets it (the published view: state, seats, terms, timeline). */
  async subscription(principal: Principal, id: string): Promise<SubscriptionView> {
    return subscriptionView(await getSubscription(this.deps, principal, id));
  }

  // ---- notifications: the outbox, and the emails it sends -----------------------------------------

  /** The tenant's notifications, as the outbox holds them. */
  async notifications(tenantId: string): Promise<Notification[]> {
    return ((await this.dump())['notifications'] ?? []).filter(
      (n) => n['tenantId'] === tenantId,
    ) as unknown as Notification[];
  }

  /**
   * Delivers what this world's queue holds, as the notification-send function does: each message to
   * `sendQueuedNotification`, which sends through ACS to the local email endpoint. Returns how many
   * messages it handled; messages still invisible (a throttled send's copy) stay queued.
   */
  async deliver(): Promise<number> {
    const { queue } = this.state;
    let handled = 0;
    for (;;) {
      const { receivedMessageItems: messages } = await queue.receiveMessages({ numberOfMessages: 32 });
      if (messages.length === 0) return handled;
      for (const message of messages) {
        const body: unknown = JSON.parse(Buffer.from(message.messageText, 'base64').toString('utf8'));
        await sendQueuedNotification(this.deps, body, message.dequeueCount);
        await queue.deleteMessage(message.messageId, message.popReceipt);
        handled += 1;
      }
    }
  }

  /** The emails the local ACS endpoint accepted for a notification (every world's endpoint is shared). */
  mailsFor(notificationId: string): ReceivedMail[] {
    const mail = this.state.stack.mail;
    if (!mail) throw new Error('no local email endpoint');
    return mail.received().filter((m) => m.headers['x-keycard-notification-id'] === notificationId);
  }

  /** The one email sent for a notification (delivering what is queued first). */
  async mailFor(notificationId: string): Promise<ReceivedMail & { plainText: string }> {
    await this.deliver();
    const mails = this.mailsFor(notificationId);
    if (mails.length !== 1) throw new Error(`${mails.length} emails for ${notificationId}, not one`);
    const [mail] = mails as [ReceivedMail];
    if (mail.plainText === null) throw new Error(`the email for ${notificationId} has no plain text`);
    return { ...mail, plainText: mail.plainText };
  }

  /** The `kca_` token an email carries (a welcome, a reissue). */
  async tokenIn(notificationId: string): Promise<string> {
    const token = /kca_[A-Za-z0-9_-]{43}/.exec((await this.mailFor(notificationId)).plainText)?.[0];
    if (!token) throw new Error(`no token in ${notificationId}`);
    return token;
  }
}

/**
 * A world for this file (or describe block): ready in its tests, its database and queue dropped
 * after them. Settings may be overridden (e.g. `{ GRACE_DAYS: '10' }`).
 */
export function useCaseDeps(settings: Record<string, string> = {}): UseCaseWorld {
  const world = new UseCaseWorld(settings);
  beforeAll(() => world.start());
  afterAll(() => world.stop());
  return world;
}
