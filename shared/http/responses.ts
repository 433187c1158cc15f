/**
 * What an endpoint answers. Bodies are always serialised here, so an idempotent replay returns the
 * very bytes of the first response.
 */
export interface Reply {
  status: number;
  body?: string;
  headers: Record<string, string>;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return {
    status,
    body: JSON.stringify(value),
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  };
}

/** 202: the work is taken (an email on its way), nothing to show. */
export function accepted(): Reply {
  return { status: 202, headers: {} };
}

export function noContent(): Reply {
  return { status: 204, headers: {} };
}

export function html(status: number, page: string): Reply {
  return { status, body: page, headers: { 'content-type': 'text/html; charset=utf-8' } };
}
