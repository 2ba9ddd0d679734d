// The repository explains itself: the README and docs/ link only to files that exist in it, and
// nothing sends the reader to design documents outside it (a clone does not have them).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.(md|ts|tsx|mts|mjs|js|json|yml|yaml|css|html)$/.test(file));
const markdown = tracked.filter((file) => file === 'README.md' || /^docs\/.*\.md$/.test(file));

describe('the documentation', () => {
  it('has the architecture and testing notes, linked from the README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const doc of ['architecture.md', 'testing.md', 'bulk-writes.md', 'search-index.md']) {
      expect(existsSync(join(root, 'docs', doc))).toBe(true);
      expect(readme).toContain(`(docs/${doc})`);
    }
  });

  it('links only to files that exist in the repository', () => {
    const broken = markdown.flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
        .map((match) => match[1]!)
        .filter((target) => !/^[a-z]+:/.test(target))
        .filter((target) => !existsSync(resolve(root, dirname(file), target)))
        .map((target) => `${file} → ${target}`);
    });
    expect(broken).toEqual([]);
  });

  it('never sends the reader to ../shared, which a clone does not have', () => {
    const outside = tracked.filter(
      (file) =>
        file !== 'tests/unit/docs.test.ts' &&
        readFileSync(join(root, file), 'utf8').includes('../shared'),
    );
    expect(outside).toEqual([]);
  });
});
