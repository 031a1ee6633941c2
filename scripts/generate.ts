// Writes every generated file (JSON Schemas, VS Code settings, CONTRIBUTING.md's field table, the
// schema line of each data file). With --check, writes nothing and fails if any is out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedFiles, staleFiles } from '../src/lib/generated';
import { generateCommand } from '../src/lib/json-schema';

if (process.argv.includes('--check')) {
  const stale = staleFiles();
  if (stale.length > 0) {
    console.error(`${stale.length} generated file(s) out of date:\n${stale.map((f) => `  ${f}`).join('\n')}\nRun: ${generateCommand}`);
    process.exit(1);
  }
} else {
  const stale = new Set(staleFiles());
  for (const [file, text] of generatedFiles()) {
    if (!stale.has(file)) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
