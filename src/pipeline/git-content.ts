// Node-only: reads content/ as it was at a git revision, without checking anything out.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** A git command that failed, with a sentence a contributor can act on. */
export class GitError extends Error {}

/** Runs git in a folder and returns its output; throws a {@link GitError} with git's own message on failure. */
function git(cwd: string, args: string[], input?: string): Buffer {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 256 * 1024 * 1024, timeout: 60_000 });
  if (result.error) throw new GitError(`could not run git: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args.join(' ')} failed: ${result.stderr.toString().trim()}`);
  return result.stdout;
}

/** Where a content folder sits inside its repository: the repository's root and the folder's path in it (with "/"). */
export function locateContent(contentDir: string): { root: string; prefix: string } {
  const dir = resolve(contentDir);
  const root = git(dir, ['rev-parse', '--show-toplevel']).toString().trim();
  return { root, prefix: relative(root, dir).split(sep).join('/') };
}

/** The full commit id a ref names, or a {@link GitError} saying how to make it available (a shallow clone lacks it). */
export function resolveCommit(root: string, ref: string): string {
  if (ref.startsWith('-')) throw new GitError(`"${ref}" is not a git revision`);
  const result = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new GitError(`"${ref}" is not a commit in this repository; if it is a branch of the remote, fetch it first (git fetch origin main), and in a shallow clone fetch enough history (git fetch --deepen=1)`);
  }
  return result.stdout.trim();
}

/** The text of every file of `prefix/` at a commit, by path relative to `prefix/`, read in one `git cat-file --batch`. */
export function filesAt(root: string, commit: string, prefix: string): Map<string, string> {
  const listing = git(root, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', `${prefix}/`]).toString('utf8');
  const paths = listing
    .split('\0')
    .filter((line) => line !== '')
    .map((line) => {
      const [meta, path] = line.split('\t') as [string, string];
      return { type: meta.split(' ')[1], path };
    })
    .filter((x) => x.type === 'blob')
    .map((x) => x.path);
  const files = new Map<string, string>();
  if (paths.length === 0) return files;
  const out = git(root, ['cat-file', '--batch'], paths.map((p) => `${commit}:${p}\n`).join(''));
  let at = 0;
  for (const path of paths) {
    const end = out.indexOf(10, at);
    const header = out.subarray(at, end).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (!Number.isInteger(size)) throw new GitError(`git cat-file could not read ${path}: ${header}`);
    files.set(path.slice(prefix.length + 1), out.subarray(end + 1, end + 1 + size).toString('utf8'));
    at = end + 1 + size + 1;
  }
  return files;
}

/** Every file under a folder of the working tree, by path relative to it (with "/"), as text. */
export function filesIn(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) files.set(rel, readFileSync(join(dir, rel), 'utf8'));
    }
  };
  walk('');
  return files;
}

/** Writes files into a new temporary folder and returns it with a way to remove it. */
export function writeTemporary(files: Map<string, string>): { dir: string; remove: () => void } {
  const top = mkdtempSync(join(tmpdir(), 'llm-showdown-diff-'));
  const dir = join(top, 'content');
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, remove: () => rmSync(top, { recursive: true, force: true }) };
}
