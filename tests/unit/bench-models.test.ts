import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { colourOf, perturb, writeModels } from '../../scripts/bench-models.mjs';
import { readContent } from '../../src/lib/read-content';
import { copyContent } from './helpers';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dirname(dir), { recursive: true, force: true });
});
/** A copy of content/ with N models written by the bench's generator. */
function withModels(count: number): string {
  const dir = copyContent();
  dirs.push(dir);
  expect(writeModels(dir, count)).toBe(count);
  return dir;
}

describe('bench models', () => {
  it('gives 40 models that pass every schema and cross-file check, with the real four first', () => {
    const { data, problems } = readContent(withModels(40));
    expect(problems).toEqual([]);
    expect(data!.models).toHaveLength(40);
    expect(data!.models.slice(0, 5).map((m) => m.id)).toEqual(['deepseek', 'gpt-4', 'claude', 'palm-2', 'deepseek-2']);
    expect(data!.models[4]!.name).toEqual({ en: 'DeepSeek 2', zh: 'DeepSeek 2' });
    expect(new Set(data!.models.map((m) => m.color.toLowerCase())).size).toBe(40);
    expect(data!.models[4]!.figures['throughput']).not.toBe(data!.models[0]!.figures['throughput']);
  });

  it('writes the same files on every run', () => {
    const [a, b] = [withModels(12), withModels(12)];
    for (const id of ['deepseek-3', 'palm-2-2']) {
      expect(readFileSync(join(a, 'models', `${id}.yaml`), 'utf8')).toBe(readFileSync(join(b, 'models', `${id}.yaml`), 'utf8'));
    }
  });

  it('refuses fewer models than the real ones, which other files refer to', () => {
    expect(() => withModels(3)).toThrow(/at least 4/);
  });

  it('keeps figures in their unit’s range and settings as they are', () => {
    expect(perturb(99.5, 'percent', 'a/b')).toBeLessThanOrEqual(100);
    expect(perturb(9.9, 'score-10', 'x/y')).toBeLessThanOrEqual(10);
    expect(perturb(8, 'gpus', 'x/y')).toBe(8);
    expect(perturb(0.12, 'usd', 'x/y').toString()).toMatch(/^0\.\d{1,2}$/);
    expect(colourOf(7)).toMatch(/^#[0-9a-f]{6}$/);
  });
});
