import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import Parser, { type SyntaxNode } from 'tree-sitter';
import { PROJECT_ROOT } from './stack-settings';

// tree-sitter-bicep ships no types; it is the language object tree-sitter expects.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Bicep = require('tree-sitter-bicep') as Parser.Language;

/**
 * Reading Bicep without a Bicep compiler (none is reachable here): tree-sitter-bicep parses it, and
 * these helpers read declarations and evaluate the literal parts (objects, arrays, strings, numbers,
 * references to literal variables). Anything computed at deployment time evaluates to a Computed.
 */
export const INFRA = join(PROJECT_ROOT, 'infra');

export class Computed {
  constructor(readonly source: string) {}
}
export type BicepValue =
  string | number | boolean | null | Computed | BicepValue[] | { [key: string]: BicepValue };

const parser = new Parser();
parser.setLanguage(Bicep);

export interface BicepFile {
  path: string;
  name: string;
  text: string;
  root: SyntaxNode;
}

export function parseBicep(text: string, path = '<text>'): BicepFile {
  return { path, name: relative(INFRA, path), text, root: parser.parse(text).rootNode };
}

export function bicepFiles(folder = INFRA): BicepFile[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return bicepFiles(path);
    return entry.name.endsWith('.bicep') ? [parseBicep(readFileSync(path, 'utf8'), path)] : [];
  });
}

export function bicepFile(name: string): BicepFile {
  const path = join(INFRA, name);
  return parseBicep(readFileSync(path, 'utf8'), path);
}

/** Where the parse failed: ERROR and MISSING nodes, as `line:column text`. */
export function syntaxErrors(file: BicepFile): string[] {
  const errors: string[] = [];
  const walk = (node: SyntaxNode) => {
    if (node.type === 'ERROR' || node.isMissing) {
      errors.push(`${node.startPosition.row + 1}:${node.startPosition.column + 1} ${node.text.slice(0, 60)}`);
      return;
    }
    node.children.forEach(walk);
  };
  if (file.root.hasError) walk(file.root);
  return errors;
}

export function descendants(node: SyntaxNode, type: string): SyntaxNode[] {
  return node.descendantsOfType(type);
}

function firstNamed(node: SyntaxNode, type: string): SyntaxNode | undefined {
  return node.namedChildren.find((child) => child.type === type);
}

/** The text of a string literal; null when it interpolates (`${...}`). */
export function literalString(node: SyntaxNode): string | null {
  if (node.type !== 'string') return null;
  if (node.namedChildren.some((child) => child.type === 'interpolation')) return null;
  return node.namedChildren
    .map((child) => (child.type === 'escape_sequence' ? child.text.slice(1) : child.text))
    .join('');
}

export function keyOf(property: SyntaxNode): string {
  const key = property.namedChildren[0];
  if (!key) throw new Error(`property without a key: ${property.text}`);
  return key.type === 'string' ? (literalString(key) ?? key.text) : key.text;
}

export function valueOf(property: SyntaxNode): SyntaxNode {
  const value = property.namedChildren[1];
  if (!value) throw new Error(`property without a value: ${property.text}`);
  return value;
}

export function properties(object: SyntaxNode): SyntaxNode[] {
  return object.namedChildren.filter((child) => child.type === 'object_property');
}

export function property(object: SyntaxNode, key: string): SyntaxNode | undefined {
  const found = properties(object).find((p) => keyOf(p) === key);
  return found ? valueOf(found) : undefined;
}

/** Top-level declarations of one kind: `name` → the declaration node. */
export function declarations(file: BicepFile, type: string): Map<string, SyntaxNode> {
  return new Map(
    file.root.namedChildren
      .filter((node) => node.type === type)
      .map((node) => [firstNamed(node, 'identifier')?.text ?? '', node]),
  );
}

/** The value expression of a `var`, `param` default or `output`: its last named child. */
export function valueNode(declaration: SyntaxNode): SyntaxNode | undefined {
  const last = declaration.namedChildren.at(-1);
  return last && last.type !== 'type' && last.type !== 'identifier' ? last : undefined;
}

export function evaluate(node: SyntaxNode, variables: Map<string, SyntaxNode> = new Map()): BicepValue {
  switch (node.type) {
    case 'string':
      return literalString(node) ?? new Computed(node.text);
    case 'number':
      return Number(node.text);
    case 'boolean':
      return node.text === 'true';
    case 'null':
      return null;
    case 'array':
      return node.namedChildren.filter((c) => c.type !== 'comment').map((c) => evaluate(c, variables));
    case 'object':
      return Object.fromEntries(properties(node).map((p) => [keyOf(p), evaluate(valueOf(p), variables)]));
    case 'identifier': {
      const declaration = variables.get(node.text);
      const value = declaration ? valueNode(declaration) : undefined;
      return value ? evaluate(value, variables) : new Computed(node.text);
    }
    default:
      return new Computed(node.text);
  }
}

export interface Resource {
  symbol: string;
  type: string;
  node: SyntaxNode;
  /** The decorators written above it (`@onlyIfNotExists()`, ...), as text. */
  decorators: string;
  /** The condition of `= if (...)`, as text; null when it is always deployed. */
  condition: string | null;
  /** The body object (through `if (...)` and `[for ...]`). */
  body: SyntaxNode;
}

/** Every resource declaration, nested ones included. */
export function resources(file: BicepFile): Resource[] {
  return descendants(file.root, 'resource_declaration').map((node) => {
    const body =
      firstNamed(node, 'object') ??
      firstNamed(firstNamed(node, 'if_statement') ?? node, 'object') ??
      (firstNamed(node, 'for_statement')?.childForFieldName('body') as SyntaxNode | undefined);
    if (!body) throw new Error(`resource without a body: ${node.text.slice(0, 80)}`);
    const decorators = node.previousNamedSibling?.type === 'decorators' ? node.previousNamedSibling.text : '';
    const condition = firstNamed(node, 'if_statement')?.namedChildren[0]?.text ?? null;
    return {
      symbol: firstNamed(node, 'identifier')?.text ?? '',
      type: literalString(firstNamed(node, 'string') as SyntaxNode) ?? '',
      node,
      decorators,
      condition,
      body,
    };
  });
}

/** Declared parameters; `hasDefault`: may be left out (a default value, or a nullable type). */
export function parameters(file: BicepFile): Map<string, { hasDefault: boolean; secure: boolean }> {
  const result = new Map<string, { hasDefault: boolean; secure: boolean }>();
  for (const [name, node] of declarations(file, 'parameter_declaration')) {
    const decorators = node.previousNamedSibling?.type === 'decorators' ? node.previousNamedSibling.text : '';
    // A nullable type (`bool?`) needs no value: it is null when not given.
    const nullable = /^param\s+\w+\s+[\w.]+\?/.test(node.text);
    result.set(name, {
      hasDefault: nullable || valueNode(node) !== undefined,
      secure: decorators.includes('@secure('),
    });
  }
  return result;
}
