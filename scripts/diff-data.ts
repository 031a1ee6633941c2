// Compares content/ at a git revision with the working tree (or another revision) and prints the
// figures that changed, with flags for a reviewer, as Markdown or JSON.
// Usage: npm run diff:data -- <base-ref> [--head <ref>] [--format markdown|json] [--content <dir>]
//        [--base-label <text>] [--head-label <text>]  (how the report names the sides, e.g. in CI)
// Exit status: 0 compared (flags never fail it), 1 one side fails validation, 2 a usage or git error.
import { diffJson, diffMarkdown, invalidMarkdown } from '../src/lib/data-diff-report';
import { GitError } from '../src/pipeline/git-content';
import { diffContent } from '../src/pipeline/diff-content';

const usage = 'usage: npm run diff:data -- <base-ref> [--head <ref>] [--format markdown|json] [--content <dir>] [--base-label <text>] [--head-label <text>]';
const args = process.argv.slice(2);
let format = 'markdown';
let base: string | undefined;
let head: string | undefined;
let contentDir = process.env['CONTENT_DIR'] ?? 'content';
let baseLabel: string | undefined;
let headLabel: string | undefined;
const fail = (message: string): never => {
  console.error(`npm run diff:data: ${message}\n${usage}`);
  process.exit(2);
};
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const value = (name: string) => (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (args[++i] ?? fail(`${name} needs a value`)));
  if (arg === '--format' || arg.startsWith('--format=')) format = value('--format');
  else if (arg === '--head' || arg.startsWith('--head=')) head = value('--head');
  else if (arg === '--content' || arg.startsWith('--content=')) contentDir = value('--content');
  else if (arg === '--base-label' || arg.startsWith('--base-label=')) baseLabel = value('--base-label');
  else if (arg === '--head-label' || arg.startsWith('--head-label=')) headLabel = value('--head-label');
  else if (arg === '--help' || arg === '-h') {
    console.log(usage);
    process.exit(0);
  } else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
  else if (base === undefined) base = arg;
  else fail(`one base revision only (got "${base}" and "${arg}")`);
}
if (format !== 'markdown' && format !== 'json') fail(`unknown format "${format}"; use markdown (the default) or json`);
if (base === undefined) fail('give the revision to compare with, e.g. HEAD~1 or origin/main');

const sides = { base: baseLabel ?? base!, head: headLabel ?? (head === undefined ? 'the working tree' : `\`${head}\``) };
try {
  const outcome = diffContent({ contentDir, base: base!, head });
  if (!outcome.ok) {
    if (format === 'json') process.stdout.write(`${JSON.stringify({ base: base!, head: head ?? null, invalid: outcome.side, problems: outcome.problems }, null, 2)}\n`);
    else process.stdout.write(invalidMarkdown(outcome, sides));
    process.exitCode = 1;
  } else {
    process.stdout.write(format === 'json' ? diffJson(outcome.diff, { base: base!, head: head ?? 'working tree' }) : diffMarkdown(outcome.diff, sides));
  }
} catch (error) {
  if (error instanceof GitError) fail(error.message);
  throw error;
}
