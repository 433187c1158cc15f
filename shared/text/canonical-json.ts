/**
 * JSON with its object keys in order and no spacing: two texts that mean the same JSON value give the
 * same canonical form (fingerprints of requests compare meaning, not bytes). `undefined` members are
 * left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The canonical form of a request body that is JSON; any other text as it is. */
export function canonicalBody(text: string): string {
  if (text.trim() === '') return '';
  try {
    return canonicalJson(JSON.parse(text));
  } catch {
    return text;
  }
}
