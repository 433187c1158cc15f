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

/**
 * Every HTML answer carries the same protections: a Content-Security-Policy that allows nothing but
 * what the page names (its own script and style by hash, requests to this origin), no framing, no
 * Referer (a page must never leak where it was), no MIME sniffing, and no caching (a page may show a
 * customer's data).
 */
export function html(
  status: number,
  page: string,
  allow: { scriptHashes?: string[]; styleHashes?: string[]; scriptSrc?: string[]; styleSrc?: string[] } = {},
): Reply {
  const sources = (hashes: string[] = [], paths: string[] = []) =>
    [...hashes.map((hash) => `'${hash}'`), ...paths].join(' ') || "'none'";
  const policy = [
    "default-src 'none'",
    `script-src ${sources(allow.scriptHashes, allow.scriptSrc)}`,
    `style-src ${sources(allow.styleHashes, allow.styleSrc)}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    status,
    body: page,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': policy,
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  };
}
