import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/stack-settings';

/** A clone of the repository holds everything its documents point to. */
const documents = [
  'README.md',
  ...readdirSync(join(PROJECT_ROOT, 'docs')).map((f) => join('docs', f)),
].filter((f) => f.endsWith('.md'));

function links(file: string): string[] {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string);
}

describe('documentation', () => {
  it('when the README and docs/ link to files, then every link stays inside the repository and names a file that exists', () => {
    const problems: string[] = [];
    for (const file of documents) {
      for (const link of links(file)) {
        if (/^(https?:|mailto:|#)/.test(link)) continue;
        const target = resolve(dirname(join(PROJECT_ROOT, file)), link.split('#')[0] as string);
        if (relative(PROJECT_ROOT, target).startsWith('..'))
          problems.push(`${file}: ${link} leaves the repository`);
        else if (!existsSync(target)) problems.push(`${file}: ${link} does not exist`);
      }
    }
    expect(documents).toEqual(expect.arrayContaining(['README.md', 'docs/api.md', 'docs/architecture.md']));
    expect(problems).toEqual([]);
    expect(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')).not.toMatch(/\.\.\/shared/);
  });

  it('when docs/architecture.md names a test as holding the local stack to Azure, then that test exists', () => {
    const text = readFileSync(join(PROJECT_ROOT, 'docs', 'architecture.md'), 'utf8');
    const named = [
      ...new Set([...text.matchAll(/`(test\/[\w/.-]+\.test\.ts)`/g)].map((m) => m[1] as string)),
    ];
    expect(named.length).toBeGreaterThan(8);
    expect(named.filter((test) => !existsSync(join(PROJECT_ROOT, test)))).toEqual([]);
  });

  it('when docs/architecture.md names a file of the repository, then the file exists', () => {
    const text = readFileSync(join(PROJECT_ROOT, 'docs', 'architecture.md'), 'utf8');
    const pattern = /`((?:shared|dev|functions|bench|infra|test)\/[\w/.-]+\.(?:ts|sh|bicep|json|mjs))`/g;
    const named = [...new Set([...text.matchAll(pattern)].map((m) => m[1] as string))];
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((file) => !existsSync(join(PROJECT_ROOT, file)))).toEqual([]);
  });
});
