/**
 * Azure Functions route templates, read as the host reads them: `{name}`, `{name?}` (optional, last),
 * `{*rest}` (catch-all), `{name:constraint}` (the constraint is not enforced here); literals match
 * case-insensitively. More specific routes win: a literal segment beats a parameter, which beats
 * an optional one, which beats a catch-all.
 */
type Segment =
  | { kind: 'literal'; text: string }
  | { kind: 'param'; name: string }
  | { kind: 'optional'; name: string }
  | { kind: 'catchAll'; name: string };

export interface CompiledRoute {
  template: string;
  segments: Segment[];
}

const RANK: Record<Segment['kind'], number> = { literal: 0, param: 1, optional: 2, catchAll: 3 };

export function compileRoute(template: string): CompiledRoute {
  const segments = template
    .split('/')
    .filter(Boolean)
    .map((part): Segment => {
      const match = /^\{(\*?)([A-Za-z_][A-Za-z0-9_]*)(?::[^}?]*)?(\??)\}$/.exec(part);
      if (!match) return { kind: 'literal', text: part.toLowerCase() };
      const [, star, name = '', optional] = match;
      if (star) return { kind: 'catchAll', name };
      return optional ? { kind: 'optional', name } : { kind: 'param', name };
    });
  return { template, segments };
}

/** A malformed escape is kept as typed, as ASP.NET routing does, rather than failing the match. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The route's parameters if `path` (without prefix, not decoded) matches it, else undefined. */
export function matchRoute(route: CompiledRoute, path: string): Record<string, string> | undefined {
  const parts = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  for (let i = 0; i < route.segments.length; i += 1) {
    const segment = route.segments[i] as Segment;
    const part = parts[i];
    if (segment.kind === 'catchAll') {
      params[segment.name] = parts.slice(i).map(safeDecode).join('/');
      return params;
    }
    if (part === undefined) return segment.kind === 'optional' ? params : undefined;
    const decoded = safeDecode(part);
    if (segment.kind === 'literal') {
      if (decoded.toLowerCase() !== segment.text) return undefined;
    } else {
      params[segment.name] = decoded;
    }
  }
  return parts.length === route.segments.length ? params : undefined;
}

export function compareSpecificity(a: CompiledRoute, b: CompiledRoute): number {
  const length = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < length; i += 1) {
    const left = a.segments[i];
    const right = b.segments[i];
    if (!left || !right) return left ? -1 : 1;
    const diff = RANK[left.kind] - RANK[right.kind];
    if (diff !== 0) return diff;
  }
  return 0;
}
