// Checks every file of content/ with the build's schemas and cross-file checks, without building.
// Usage: npm run validate [-- [--format text|github] [content-dir]]
import { readContent } from '../src/lib/read-content';
import { formatProblem, githubAnnotation, sortProblems } from '../src/lib/report';

const args = process.argv.slice(2);
let format = 'text';
let dir = process.env['CONTENT_DIR'] ?? 'content';
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--format') format = args[++i] ?? '';
  else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
  else if (!arg.startsWith('-')) dir = arg;
  else format = `unknown option ${arg}`;
}
if (format !== 'text' && format !== 'github') {
  console.error(`npm run validate: ${format.startsWith('unknown') ? format : `unknown format "${format}"`}; use --format text (the default) or --format github`);
  process.exit(2);
}

const problems = sortProblems(readContent(dir).problems);
for (const p of problems) console.log(format === 'github' ? githubAnnotation(p) : formatProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}/. CONTRIBUTING.md says what each field takes.`);
  process.exit(1);
}
