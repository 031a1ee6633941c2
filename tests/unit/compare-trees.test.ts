import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees, firstDifference, formatDifferences, readTree } from '../../scripts/compare-trees.mjs';

const bytes = (text: string) => new TextEncoder().encode(text);
const tree = (files: Record<string, string>) => new Map(Object.entries(files).map(([path, text]) => [path, bytes(text)]));

describe('firstDifference', () => {
  it('finds nothing between equal bytes', () => {
    expect(firstDifference(bytes('<p>a</p>\n<p>b</p>'), bytes('<p>a</p>\n<p>b</p>'))).toBeUndefined();
  });

  it('gives the offset and line of the first byte that differs, with the text around it', () => {
    const at = firstDifference(bytes('<p>a</p>\n<time>2026-11-29</time>'), bytes('<p>a</p>\n<time>2026-11-30</time>'));
    expect(at).toMatchObject({ offset: 23, line: 2 });
    expect(at?.a).toContain('2026-11-29');
    expect(at?.b).toContain('2026-11-30');
  });

  it('treats a file cut short as differing where it ends', () => {
    expect(firstDifference(bytes('abc'), bytes('abcdef'))).toMatchObject({ offset: 3, line: 1 });
  });
});

describe('compareTrees', () => {
  it('passes two identical trees', () => {
    expect(compareTrees(tree({ 'index.html': 'x', 'data/a.csv': 'a,b' }), tree({ 'data/a.csv': 'a,b', 'index.html': 'x' }))).toEqual([]);
  });

  it('catches one changed byte, a missing file and an extra file, sorted by path', () => {
    const differences = compareTrees(
      tree({ '_astro/app.AbC.js': 'js', 'index.html': 'id="m1"', 'zh/index.html': 'z' }),
      tree({ '_astro/app.XyZ.js': 'js', 'index.html': 'id="m2"', 'zh/index.html': 'z' }),
    );
    expect(differences.map((d) => [d.path, d.kind])).toEqual([
      ['_astro/app.AbC.js', 'only-in-a'],
      ['_astro/app.XyZ.js', 'only-in-b'],
      ['index.html', 'differs'],
    ]);
    expect(differences[2]?.at?.offset).toBe(5);
    const report = formatDifferences(differences, 'dist', 'dist-reproducible');
    expect(report).toContain('_astro/app.AbC.js: only in dist\n');
    expect(report).toContain('_astro/app.XyZ.js: only in dist-reproducible');
    expect(report).toContain('index.html: differs from byte 5 (line 1)');
  });
});

describe('readTree', () => {
  it('reads nested files under paths relative to the root', () => {
    const root = mkdtempSync(join(tmpdir(), 'tree-'));
    try {
      mkdirSync(join(root, 'models', 'gpt-4'), { recursive: true });
      writeFileSync(join(root, 'index.html'), 'home');
      writeFileSync(join(root, 'models', 'gpt-4', 'index.html'), 'gpt');
      const files = readTree(root);
      expect([...files.keys()].sort()).toEqual(['index.html', 'models/gpt-4/index.html']);
      expect(new TextDecoder().decode(files.get('models/gpt-4/index.html'))).toBe('gpt');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
