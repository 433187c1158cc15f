import { apiClient } from './api-client';

/**
 * A demo partner and a few demo keys on an empty local store, so a new user can go from `npm start`
 * to a customer in the console without the API contract. Local only (dev/ is never in the package).
 * Its token is shown once, when it is made: it is stored only as a hash, as every token is.
 */
export const DEMO_PROGRAM_ID = '1000001';

export interface Demo {
  token: string;
  keys: string[];
}

export async function demoOnEmptyStore(apiBaseUrl: string, operatorToken: string): Promise<Demo | null> {
  const client = apiClient(apiBaseUrl);
  const made = await client.call<{ token: string }>('POST', '/partners', {
    token: operatorToken,
    body: {
      name: 'Demo Partner',
      partnerId: DEMO_PROGRAM_ID,
      email: 'demo.partner@example.com',
      cloudEssentials: true,
    },
  });
  if (made.status === 409) return null; // made on an earlier start
  if (made.status !== 201) throw new Error(`demo partner not made: ${made.status} ${made.text}`);
  const keys = await client.mintKeys(operatorToken, 4, { seatsPerKey: 10, termMonths: 12 });
  return { token: made.body.token, keys };
}
