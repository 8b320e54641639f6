/**
 * The README is the front door: every public export of the three entries is named in it, and the
 * quick start's commands are the package's scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../src/core/index.js';
import * as main from '../src/index.js';
import * as reactQuery from '../src/react-query/index.js';
import * as reactRouter from '../src/react-router/index.js';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('README', () => {
  it.each([
    ['react-api-errors/core', core],
    ['react-api-errors', main],
    ['react-api-errors/react-query', reactQuery],
    ['react-api-errors/react-router', reactRouter],
  ] as const)('names every runtime export of %s', (_entry, mod) => {
    const missing = Object.keys(mod).filter((name) => !readme.includes(`\`${name}`) && !readme.includes(` ${name}(`) && !readme.includes(`{ ${name}`));
    expect(missing).toEqual([]);
  });
  it('quick start commands exist', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
    expect(pkg.scripts.start).toBeTypeOf('string');
    expect(pkg.scripts.test).toBeTypeOf('string');
  });
});
