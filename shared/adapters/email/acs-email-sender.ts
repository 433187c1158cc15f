import { EmailClient } from '@azure/communication-email';
import type { PipelinePolicy, PipelineResponse } from '@azure/core-rest-pipeline';
import { EmailThrottledError, type EmailSender, type OutgoingEmail } from '../../app/ports';
import type { Config } from '../../config';
import { managedIdentity } from '../identity';

/** Without a usable Retry-After, wait this long before the next try. */
const DEFAULT_RETRY_AFTER_MS = 60_000;

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
 * reached") is the same policy. A 429 on the status poll comes after the service accepted the send
 * (202), so the send is done: that case is reported as accepted.
 */
class Throttled extends Error {
  constructor(
    readonly retryAfterMs: number,
    readonly accepted: boolean,
  ) {
    super('throttled');
  }
}

const throwOnThrottling: PipelinePolicy = {
  name: 'keycardThrowOnThrottling',
  async sendRequest(request, next) {
    const response = await next(request);
    if (response.status === 429) throw new Throttled(retryAfterMs(response), request.method === 'GET');
    return response;
  },
};

/** The longest one send may take; ACS answers a send in well under a second. */
export const EMAIL_SEND_DEADLINE_MS = 10_000;

/**
 * Azure Communication Services Email. A send counts as done once the service has accepted the
 * message (202): from then on delivery is the service's job, and the operation id makes a repeat
 * of the same send a no-op. Waiting for the final status would hold a queue invocation for seconds.
 */
export class AcsEmailSender implements EmailSender {
  private client: EmailClient | undefined;

  constructor(private readonly config: Config) {}

  private emailClient(): EmailClient {
    if (!this.client) {
      const options = {
        additionalPolicies: [{ policy: throwOnThrottling, position: 'perRetry' as const }],
        // One request per delivery: the queue is the retry policy (redelivery after the visibility
        // timeout, the poison queue after five) and each failed delivery is one counted attempt. SDK
        // retries inside a delivery would hold the invocation for seconds and hide the attempts.
        retryOptions: { maxRetries: 0 },
      };
      const connectionString = this.config.ACS_CONNECTION_STRING;
      this.client = connectionString
        ? // Plain HTTP is only ever the local endpoint.
          new EmailClient(connectionString, {
            ...options,
            allowInsecureConnection: /endpoint=http:\/\//i.test(connectionString),
          })
        : new EmailClient(
            this.config.ACS_ENDPOINT as string,
            managedIdentity(this.config.AZURE_CLIENT_ID),
            options,
          );
    }
    return this.client;
  }

  async send(email: OutgoingEmail): Promise<void> {
    try {
      const poller = await this.emailClient().beginSend(
        {
          senderAddress: this.config.EMAIL_SENDER,
          recipients: { to: email.to.map((address) => ({ address })) },
          content: { subject: email.subject, plainText: email.plainText, html: email.html },
          headers: email.headers,
        },
        // Bounded: an endpoint that never answers must fail this delivery (the queue redelivers it),
        // not hold the invocation, and with it the queue listener, for as long as the connection lives.
        { operationId: email.operationId, abortSignal: AbortSignal.timeout(EMAIL_SEND_DEADLINE_MS) },
      );
      const state = poller.getOperationState();
      if (state.status === 'failed')
        throw new Error(`email ${email.operationId} failed: ${String(state.error)}`);
    } catch (error) {
      if (!(error instanceof Throttled)) throw error;
      if (!error.accepted) throw new EmailThrottledError(error.retryAfterMs);
    }
  }
}
