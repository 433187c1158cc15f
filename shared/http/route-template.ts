/**
 * Azure Functions route templates, read as the host reads them: `{name}`, `{name?}` (optional, last),
 * `{*rest}` (catch-all); literals match case-insensitively. Inline constraints (`{id:int}`) are refused:
 * Azure enforces them and this reader does not, and a local host looser than Azure is a defect.
 *
 * Which function answers is decided elsewhere (dev/functions-host/http.ts): Azure does not rank routes by
 * specificity. `compareSpecificity` is the ASP.NET Core precedence a reader would expect (a literal
 * beats a parameter, which beats an optional one, which beats a catch-all); the app's function names
 * must make Azure's order agree with it wherever two templates overlap.
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
      if (!part.includes('{')) return { kind: 'literal', text: part.toLowerCase() };
      const match = /^\{(\*{0,2})([A-Za-z_][A-Za-z0-9_]*)(\??)\}$/.exec(part);
      if (!match) {
        throw new Error(
          `Route template "${template}": segment "${part}" is not supported here (constraints and mixed segments are enforced by Azure but not by the local host).`,
        );
      }
      const [, star, name = '', optional] = match;
      if (star) return { kind: 'catchAll', name };
      return optional ? { kind: 'optional', name } : { kind: 'param', name };
    });
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if ((segment.kind === 'catchAll' || segment.kind === 'optional') && !last)
      throw new Error(`Route template "${template}": {${segment.name}} may only be the last segment.`);
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

/** Segment lists a template stands for: an optional last segment present, or absent. */
function expansions(segments: Segment[]): Segment[][] {
  const last = segments[segments.length - 1];
  return last?.kind === 'optional' ? [segments, segments.slice(0, -1)] : [segments];
}

function segmentsOverlap(a: Segment[], b: Segment[]): boolean {
  for (let i = 0; ; i += 1) {
    const x = a[i];
    const y = b[i];
    // A catch-all takes whatever is left, nothing included.
    if (x?.kind === 'catchAll' || y?.kind === 'catchAll') return true;
    if (!x || !y) return !x && !y;
    if (x.kind === 'literal' && y.kind === 'literal' && x.text !== y.text) return false;
  }
}

/** Whether some request path matches both templates. */
export function routesOverlap(a: CompiledRoute, b: CompiledRoute): boolean {
  return expansions(a.segments).some((x) => expansions(b.segments).some((y) => segmentsOverlap(x, y)));
}

/**
 * Negative when `a` is the more specific (ASP.NET Core's precedence, left to right). Where one template
 * ends and the other goes on with a catch-all or an optional segment, the shorter one is the more specific.
 */
export function compareSpecificity(a: CompiledRoute, b: CompiledRoute): number {
  const length = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < length; i += 1) {
    const left = a.segments[i];
    const right = b.segments[i];
    if (!left || !right) {
      const rest = (left ?? right) as Segment;
      const longerFirst = rest.kind === 'catchAll' || rest.kind === 'optional' ? 1 : -1;
      return left ? longerFirst : -longerFirst;
    }
    const diff = RANK[left.kind] - RANK[right.kind];
    if (diff !== 0) return diff;
  }
  return 0;
}
