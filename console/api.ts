/**
 * The console's one way to the API: the partner's token from sessionStorage (closing the browser
 * ends the session, as the wizard's process expects) in the Authorization header, never in a URL;
 * every POST with a fresh Idempotency-Key, so a retry cannot do the work twice.
 */
export interface FieldProblem {
  path: string;
  message: string;
  code?: string;
}

export interface Problem {
  status: number;
  code: string;
  title?: string;
  detail?: string;
  errors?: FieldProblem[];
  /** key_term_exceeds_remaining: the days of the keys' term the seats would not use. */
  unusedDays?: number;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? problem.code);
  }
}

const TOKEN_KEY = 'keycard.partnerToken';
const WIZARD_KEY = 'keycard.wizard';

/** The API's base: the console is served at `<base>/console/`. */
export const API_BASE = location.pathname.slice(0, location.pathname.indexOf('/console'));

/**
 * The tab's session: the partner's token and, beside it, the wizard it has open (its redemption id,
 * a subscription to renew, what the Done page showed), so a reload, the navigation and Back/Forward
 * resume it. Closing the tab forgets both.
 */
export const session = {
  token: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  start: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  end: () => sessionStorage.removeItem(TOKEN_KEY),
  wizard: <T>(): Partial<T> => {
    try {
      const kept = JSON.parse(sessionStorage.getItem(WIZARD_KEY) ?? '{}') as unknown;
      return kept && typeof kept === 'object' ? (kept as Partial<T>) : {};
    } catch {
      return {};
    }
  },
  keepWizard: (state: object) => sessionStorage.setItem(WIZARD_KEY, JSON.stringify(state)),
  forgetWizard: () => sessionStorage.removeItem(WIZARD_KEY),
};

/**
 * What happens when the API refuses the token of a signed-in partner (rotated or revoked): set by
 * the page once signed in, cleared at the sign-in form (where a refused token is the one typed).
 */
let tokenRefused: (() => void) | null = null;
export function whenTokenRefused(handler: (() => void) | null): void {
  tokenRefused = handler;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = session.token();
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method === 'POST') headers['idempotency-key'] = crypto.randomUUID();
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: 'omit',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network' });
  }
  if (response.status === 401 && tokenRefused) {
    // Signed out, said as such: the caller's promise never settles, so no form takes it as its own.
    session.end();
    const handler = tokenRefused;
    tokenRefused = null;
    handler();
    return new Promise<T>(() => undefined);
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => null)) as (T & Partial<Problem>) | null;
  if (!response.ok) {
    throw new ApiError(
      data && typeof data.code === 'string'
        ? { ...(data as Problem), status: response.status }
        : { status: response.status, code: 'unavailable' },
    );
  }
  return data as T;
}
