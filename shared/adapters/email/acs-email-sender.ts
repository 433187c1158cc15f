import { EmailClient } from '@azure/communication-email';
import type { EmailSender, OutgoingEmail } from '../../app/ports';
import type { Config } from '../../config';
import { managedIdentity } from '../identity';

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
      const connectionString = this.config.ACS_CONNECTION_STRING;
      this.client = connectionString
        ? // Plain HTTP is only ever the local endpoint.
          new EmailClient(connectionString, {
            allowInsecureConnection: /endpoint=http:\/\//i.test(connectionString),
          })
        : new EmailClient(this.config.ACS_ENDPOINT as string, managedIdentity(this.config.AZURE_CLIENT_ID));
    }
    return this.client;
  }

  async send(email: OutgoingEmail): Promise<void> {
    const poller = await this.emailClient().beginSend(
      {
        senderAddress: this.config.EMAIL_SENDER,
        recipients: { to: email.to.map((address) => ({ address })) },
        content: { subject: email.subject, plainText: email.plainText, html: email.html },
        headers: email.headers,
      },
      { operationId: email.operationId },
    );
    const state = poller.getOperationState();
    if (state.status === 'failed')
      throw new Error(`email ${email.operationId} failed: ${String(state.error)}`);
  }
}
