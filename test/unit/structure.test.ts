import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/stack-settings';

/**
 * The shape of the code a reader moves through: no module too long to hold in mind, and no modules
 * that import each other in a circle (a reader must then go back and forth, and load order starts
 * to matter). Tests and the bench may be longer where one table reads better whole.
 */
const PRODUCT_FOLDERS = ['shared', 'functions', 'console', 'dev'];
const MAX_LINES = 400;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(PROJECT_ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(PROJECT_ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The project files a module imports, type-only imports included (they tie a reader's path as well). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(PROJECT_ROOT, file), 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((name) => name.startsWith('.'))
    .flatMap((name) => {
      const base = resolve(dirname(join(PROJECT_ROOT, file)), name);
      const found = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      return found ? [relative(PROJECT_ROOT, found)] : [];
    });
}

/** Every circle of imports, each as the path that closes it (depth-first search, colours). */
function importCircles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const circles: string[][] = [];
  const visit = (file: string, path: string[]): void => {
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), file, next]);
      else if (!state.has(next)) visit(next, [...path, file]);
    }
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file, []);
  return circles;
}

describe('structure', () => {
  const files = PRODUCT_FOLDERS.flatMap(sourceFiles);

  it(`when the product code is read, then no module of ${PRODUCT_FOLDERS.join(', ')} is over ${MAX_LINES} lines`, () => {
    const long = files
      .map((file) => ({ file, lines: readFileSync(join(PROJECT_ROOT, file), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(files.length).toBeGreaterThan(100);
    expect(long).toEqual([]);
  });

  it('when the imports of the product code are followed, then none leads back to where it started', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file)]));
    expect(graph.get('shared/app/ports.ts')).toEqual(expect.arrayContaining(['shared/domain/partner.ts']));
    expect(importCircles(graph)).toEqual([]);
  });

  it('when modules import each other through others, then the check names the circle', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
    ]);
    expect(importCircles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
