/**
 * The package as users get it: `npm pack`, then the tarball's files in `<app>/node_modules/react-api-errors`
 * (what `npm install ./react-api-errors-x.tgz` puts there), for the tests that build or run an app on it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '../..');

/** Pack the repository (dist/ must be built) into a new temporary folder; returns the tarball's path. */
export function packTarball(prefix = 'rae-pack-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: repoRoot, stdio: 'pipe' });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball to ${dir}`);
  return join(dir, tarball);
}

/** Unpack a tarball as `<app>/node_modules/react-api-errors`. */
export function installTarball(app: string, tarball: string): void {
  const target = join(app, 'node_modules', 'react-api-errors');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], { stdio: 'pipe' });
}

/** Link packages from the repository's node_modules into the app (no download; the versions the repository pins). */
export function linkFromRepo(app: string, names: readonly string[]): void {
  for (const name of names) {
    const link = join(app, 'node_modules', name);
    mkdirSync(join(link, '..'), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules', name), link, 'dir');
  }
}
