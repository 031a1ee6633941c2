// Node-only: reads both sides of a data diff from git and the working tree, validates them with
// the build's own reader, and compares them only when both are valid.
import { relative } from 'node:path';
import type { Problem } from '../lib/crosscheck';
import { diffData, type DataDiff } from '../lib/data-diff';
import { readContent } from '../lib/read-content';
import { formatProblem, sortProblems } from '../lib/report';
import type { SiteData } from '../lib/types';
import { filesAt, filesIn, locateContent, resolveCommit, writeTemporary } from './git-content';

/** One side of the comparison: a git revision, or the working tree when undefined. */
export type Side = string | undefined;

/** What comparing two sides found: the diff, or the side that failed validation and its problems. */
export type DiffOutcome =
  | { ok: true; diff: DataDiff }
  | { ok: false; side: 'base' | 'head'; label: string; problems: string[] };

/** Reads and validates content/ at a side; problems name files as `content/…`, as `npm run validate` does. */
function readSide(contentDir: string, side: Side): { data: SiteData | undefined; files: Map<string, string>; problems: string[] } {
  const { root, prefix } = locateContent(contentDir);
  const files = side === undefined ? filesIn(contentDir) : filesAt(root, resolveCommit(root, side), prefix);
  const tmp = writeTemporary(files);
  try {
    const { data, problems } = readContent(tmp.dir);
    const from = relative(process.cwd(), tmp.dir);
    const rename = (p: Problem): Problem => ({ ...p, file: p.file.startsWith(from) ? `${prefix}${p.file.slice(from.length)}` : p.file });
    return { data, files, problems: sortProblems(problems.map(rename)).map(formatProblem) };
  } finally {
    tmp.remove();
  }
}

/**
 * Compares content/ at `base` (a git revision) with `head` (another revision, or the working tree
 * when undefined), reading revisions with git alone: nothing is checked out.
 */
export function diffContent(options: { contentDir?: string; base: string; head?: Side }): DiffOutcome {
  const contentDir = options.contentDir ?? 'content';
  const base = readSide(contentDir, options.base);
  if (!base.data) return { ok: false, side: 'base', label: options.base, problems: base.problems };
  const head = readSide(contentDir, options.head);
  if (!head.data) return { ok: false, side: 'head', label: options.head ?? 'the working tree', problems: head.problems };
  return { ok: true, diff: diffData(base.data, head.data, { base: base.files, head: head.files }) };
}
