import { EmailClient } from '@azure/communication-email';
import { createCommunicationAuthPolicy, parseClientArguments } from '@azure/communication-common';
import {
  createDefaultHttpClient,
  createPipelineFromOptions,
  createPipelineRequest,
  isRestError,
  type HttpClient,
  type Pipeline,
  type PipelinePolicy,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import {
  EmailRefusedError,
  EmailThrottledError,
  type EmailOperationStatus,
  type EmailSender,
  type OutgoingEmail,
} from '../../app/ports';
import type { Config } from '../../config';
import type { TokenCredential } from '@azure/identity';
import { managedIdentity } from '../identity';

/** Without a usable Retry-After, wait this long before the next try. */
const DEFAULT_RETRY_AFTER_MS = 60_000;

/** The Email REST API version of the status look-up (the SDK's own, 1.1.0). */
const API_VERSION = '2025-09-01';

function retryAfterMs(response: PipelineResponse): number {
  const header = response.headers.get('retry-after-ms') ?? response.headers.get('x-ms-retry-after-ms');
  if (header && Number.isFinite(Number(header))) return Number(header);
  const retryAfter = response.headers.get('retry-after');
  if (!retryAfter) return DEFAULT_RETRY_AFTER_MS;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const at = Date.parse(retryAfter);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : DEFAULT_RETRY_AFTER_MS;
}

/**
 * By default the SDK's retry policy waits out a 429's Retry-After, up to three times, inside the call:
 * beyond an email quota (Retry-After up to an hour) that would hold a queue invocation far past any
 * timeout. This policy runs inside the retry loop and turns a 429 into EmailThrottledError, which the
 * retry policy does not catch (only RestErrors are retried), so the caller decides when to try again.
 * Microsoft's own advice for the JavaScript SDK ("Throw an exception when email sending tier limit is
 * reached") is the same policy.
 */
class Throttled extends Error {
  constructor(readonly retryAfterMs: number) {
    super('throttled');
  }
}

const throwOnThrottling: PipelinePolicy = {
  name: 'keycardThrowOnThrottling',
  async sendRequest(request, next) {
    const response = await next(request);
    if (response.status === 429) throw new Throttled(retryAfterMs(response));
    return response;
  },
};

/** The longest one send, or one status look-up, may take; ACS answers either in well under a second. */
export const EMAIL_SEND_DEADLINE_MS = 10_000;

/**
 * Azure Communication Services Email. A send counts as done once the service has accepted the
 * message (the POST's 202): from then on delivery is the service's job. `beginSend` also polls the
 * operation once; a poll that fails after the 202 (a 404 or 5xx, the deadline, a 429) changes
 * nothing about the send, so it is not reported as a failure (which would have the email sent again).
 *
 * ACS documents `Operation-Id` as the caller's id for the operation, not as a promise that a repeated
 * id is refused: nothing here relies on that. Before a send whose earlier outcome is unknown is
 * repeated, the caller asks `status` (GET /emails/operations/{id}, "Get Send Result").
 */
export class AcsEmailSender implements EmailSender {
  private client: EmailClient | undefined;
  private statusPipeline: { pipeline: Pipeline; http: HttpClient; endpoint: string } | undefined;

  constructor(private readonly config: Config) {}

  /** The connection string locally (plain HTTP is only ever the local endpoint), else the identity. */
  private clientArguments(): { connectionString: string } | { endpoint: string; identity: TokenCredential } {
    const connectionString = this.config.ACS_CONNECTION_STRING;
    return connectionString
      ? { connectionString }
      : {
          endpoint: this.config.ACS_ENDPOINT as string,
          identity: managedIdentity(this.config.AZURE_CLIENT_ID),
        };
  }

  private emailClient(): EmailClient {
    if (!this.client) {
      const options = {
        additionalPolicies: [{ policy: throwOnThrottling, position: 'perRetry' as const }],
        // One request per delivery: the store's retry schedule is the retry policy (see
        // shared/domain/notification.ts). SDK retries inside a delivery would hold the invocation for
        // seconds and hide the attempts.
        retryOptions: { maxRetries: 0 },
      };
      const where = this.clientArguments();
      this.client =
        'identity' in where
          ? new EmailClient(where.endpoint, where.identity, options)
          : new EmailClient(where.connectionString, {
              ...options,
              allowInsecureConnection: /endpoint=http:\/\//i.test(where.connectionString),
            });
    }
    return this.client;
  }

  async send(email: OutgoingEmail): Promise<void> {
    let accepted = false;
    try {
      await this.emailClient().beginSend(
        {
          senderAddress: this.config.EMAIL_SENDER,
          recipients: { to: email.to.map((address) => ({ address })) },
          content: { subject: email.subject, plainText: email.plainText, html: email.html },
          headers: email.headers,
        },
        // Bounded: an endpoint that never answers must fail this attempt, not hold the invocation, and
        // with it the queue listener, for as long as the connection lives.
        {
          operationId: email.operationId,
          abortSignal: AbortSignal.timeout(EMAIL_SEND_DEADLINE_MS),
          onResponse: (response) => {
            if (response.request.method === 'POST' && response.status === 202) accepted = true;
          },
        },
      );
    } catch (error) {
      // The poll after the 202 failed, or reported a failed operation: the service has the email,
      // and a failed operation is for the next attempt's status look-up to find.
      if (accepted) return;
      if (error instanceof Throttled) throw new EmailThrottledError(error.retryAfterMs);
      const status = isRestError(error) ? error.statusCode : undefined;
      if (status !== undefined && status >= 400 && status < 500)
        throw new EmailRefusedError(status, (error as Error).message);
      throw error;
    }
  }

  private statusClient(): { pipeline: Pipeline; http: HttpClient; endpoint: string } {
    if (!this.statusPipeline) {
      const where = this.clientArguments();
      const { url, credential } =
        'identity' in where
          ? parseClientArguments(where.endpoint, where.identity)
          : parseClientArguments(where.connectionString);
      const pipeline = createPipelineFromOptions({ retryOptions: { maxRetries: 0 } });
      pipeline.addPolicy(createCommunicationAuthPolicy(credential));
      pipeline.addPolicy(throwOnThrottling, { phase: 'Retry' });
      this.statusPipeline = { pipeline, http: createDefaultHttpClient(), endpoint: url };
    }
    return this.statusPipeline;
  }

  async status(operationId: string): Promise<EmailOperationStatus> {
    const { pipeline, http, endpoint } = this.statusClient();
    const url = new URL(
      `emails/operations/${encodeURIComponent(operationId)}?api-version=${API_VERSION}`,
      endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    );
    let response: PipelineResponse;
    try {
      response = await pipeline.sendRequest(
        http,
        createPipelineRequest({
          url: url.toString(),
          method: 'GET',
          abortSignal: AbortSignal.timeout(EMAIL_SEND_DEADLINE_MS),
          allowInsecureConnection: url.protocol === 'http:',
        }),
      );
    } catch (error) {
      if (error instanceof Throttled) throw new EmailThrottledError(error.retryAfterMs);
      throw error;
    }
    // Not declared by the API (only 200 and a default error), but what an id it never saw gets.
    if (response.status === 404) return { state: 'unknown' };
    if (response.status !== 200)
      throw new Error(`the email service's status look-up answered ${response.status}`);
    const body = JSON.parse(response.bodyAsText ?? '{}') as {
      status?: string;
      error?: { code?: string; message?: string };
    };
    if (body.status === 'Failed' || body.status === 'Canceled')
      return {
        state: 'failed',
        reason: `${body.status}: ${body.error?.code ?? ''} ${body.error?.message ?? ''}`.trim(),
      };
    return { state: 'accepted' };
  }
}
