/** An email as the local ACS endpoint accepted it, for the inbox (API and page) and the tests. */
export interface ReceivedMail {
  id: string;
  operationId: string;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  plainText: string | null;
  html: string | null;
  headers: Record<string, string>;
  receivedAt: string;
  /** The local stack's clock when it arrived (as moved by /admin/clock), to read beside the timeline. */
  stackTime: string;
}
