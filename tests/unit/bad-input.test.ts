import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/read-content';
import { sortProblems } from '../../src/lib/report';
import { copyContent } from './helpers';

// Each file of tests/fixtures/bad/ is a broken data file: "# replaces:" names the content file it
// stands in for ("# adds:" a file written beside the others, for odd file names), and its "# expect:" lines (at the end, so they move no line number) are every
// problem validation must report, as `file:line:column  field  message` with the file relative to
// content/, or "nothing" for odd-looking input that is valid.
const folder = 'tests/fixtures/bad';
const fixtures = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort();

const copies: string[] = [];
afterEach(() => copies.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Validates a copy of content/ with one file replaced, and returns what `npm run validate` reports, relative to the copy. */
function problemsWith(target: string, bytes: Buffer | string): string[] {
  const dir = copyContent();
  copies.push(dirname(dir));
  writeFileSync(join(dir, target), bytes);
  const shown = relative(process.cwd(), dir);
  return sortProblems(readContent(dir).problems).map((p) => {
    const where = `${relative(dir, p.file)}${p.line ? `:${p.line}:${p.column}` : ''}`;
    return `${where}  ${p.field}  ${p.message.split(`${shown}/`).join('content/')}`;
  });
}

describe('bad input corpus', () => {
  it('has at least 25 broken files, each saying which content file it replaces and what it must give', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    for (const name of fixtures) {
      const text = readFileSync(join(folder, name), 'utf8');
      expect(text, name).toMatch(/^\uFEFF?# Bad input: .+\n# (replaces|adds): .+\n/);
      expect(text, name).toMatch(/\n# expect: .+\n$/);
    }
  });

  it.each(fixtures)('%s gives exactly its expected problems, at their file, line and column', (name) => {
    const bytes = readFileSync(join(folder, name));
    const text = bytes.toString('utf8');
    const target = /^# (?:replaces|adds): (.+)$/m.exec(text)![1]!;
    const expected = [...text.matchAll(/^# expect: (.+)$/gm)].map((m) => m[1]!);
    expect(problemsWith(target, bytes)).toEqual(expected[0] === 'nothing' ? [] : expected);
  });
});

describe('files too odd to commit', () => {
  it('reports a 10 MB file by its size, without parsing it', () => {
    const huge = `name: { en: "${'x'.repeat(10 * 1024 * 1024)}", zh: 大 }\n`;
    expect(problemsWith('models/claude.yaml', huge)).toEqual(['models/claude.yaml:1:1    the file is 10.0 MB; data files must be at most 1 MB (is this the right file?)']);
  });

  it('reports a file of zero bytes as empty', () => {
    expect(problemsWith('models/claude.yaml', '')).toEqual(['models/claude.yaml:1:1    expected a mapping of fields (name, vendor, figures…), found an empty file']);
    expect(problemsWith('timeline.yaml', '')).toEqual(['timeline.yaml:1:1    expected a list of entries, found an empty file']);
  });
});
