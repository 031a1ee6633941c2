import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyContent, replaceIn } from './helpers';

const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));
/** Runs `npm run validate` the way package.json does (tsx, no npm banner), on a content folder. */
function validate(...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, CONTENT_DIR: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** A copy of content/ with one edit, and the path of the edited file as problems name it. */
function brokenCopy(file: string, from: string, to: string) {
  const dir = copyContent();
  copies.push(dirname(dir));
  replaceIn(join(dir, file), from, to);
  return { dir, file: relative(process.cwd(), join(dir, file)) };
}

describe('npm run validate', () => {
  it('prints nothing and exits 0 on the real data', () => {
    expect(validate('content')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('prints each problem as file:line:column, field, expected and found, and exits 1', () => {
    const { dir, file } = brokenCopy('models/gpt-4.yaml', 'parameter-utilisation: 68', 'parameter-utilisation: "68%"');
    const run = validate(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`${file}:18:26  figures.parameter-utilisation  expected a number between 0 and 100 in percent (write 83, not "83%"), or { value, per: { en, zh } }, or { value, source, locator }, or { na: { en, zh } } giving the reason there is no figure; found the text "68%"\n`);
    expect(run.stderr).toContain('1 problem in');
  });

  it('turns a model file with one wrong field into exactly one GitHub annotation at its line and column', () => {
    const { dir, file } = brokenCopy('models/claude.yaml', 'order: 3', 'order: third');
    const run = validate('--format', 'github', dir);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toEqual([`::error file=${file},line=6,col=8,title=order::order: expected a whole number, found the text "third"`]);
  });

  it('refuses an unknown format', () => {
    const run = validate('--format', 'xml');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown format "xml"; use --format text (the default) or --format github');
  });
});
