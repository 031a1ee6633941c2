import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyContent, replaceIn } from './helpers';

// Real builds: slow (one stops at the content sync, one only when pages render), so only two cases.
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Builds the site from a broken copy of content/ and returns the exit status and all output. */
function buildWith(breakContent: (dir: string) => void) {
  const content = copyContent();
  made.push(dirname(content));
  breakContent(content);
  // An outDir inside the project keeps Astro's intermediate files out of the shared .astro/ folder.
  const outDir = mkdtempSync(join(process.cwd(), 'dist-unit-'));
  made.push(outDir);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    timeout: 150_000,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  // The file is named relative to the project or absolutely, so match from the copy's folder on.
  return { status: result.status, output, file: (name: string) => `${basename(dirname(content))}/content/${name}` };
}

describe('astro build with broken content', () => {
  it('fails on a percentage written as text, naming the model file and the field', { timeout: 180_000 }, () => {
    const build = buildWith((dir) => replaceIn(join(dir, 'models/deepseek.yaml'), 'parameter-utilisation: 83', 'parameter-utilisation: "83%"'));
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toContain(build.file('models/deepseek.yaml'));
    expect(build.output).toContain('parameter-utilisation');
    expect(build.output).toContain('found the text "83%"');
  });

  it('fails on a data mix that adds up to 95, naming the file, dataMix and the sum', { timeout: 180_000 }, () => {
    const build = buildWith((dir) => replaceIn(join(dir, 'models/deepseek.yaml'), 'web: 45,', 'web: 40,'));
    expect(build.status, build.output).not.toBe(0);
    const line = build.output.split('\n').find((l) => l.includes(build.file('models/deepseek.yaml')));
    expect(line, build.output).toBeDefined();
    expect(line).toContain('dataMix');
    expect(line).toContain('the shares add up to 95, expected 100');
  });
});
