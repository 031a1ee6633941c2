import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bigFactor, diffData, normaliseFigure, unitScaleSlip, type DataDiff } from '../../src/lib/data-diff';
import { cell, diffMarkdown, diffMarker, invalidMarkdown, nothingChangedMarker, summaryLine } from '../../src/lib/data-diff-report';
import { diffContent, type DiffOutcome } from '../../src/pipeline/diff-content';
import { GitError } from '../../src/pipeline/git-content';
import { metricOf, modelOf, realData } from './helpers';

/** Fixture repositories made by these tests, removed at the end. */
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A git repository in a temporary folder holding a copy of the real content/, committed once. */
function fixtureRepo(): { root: string; content: string; edit: (file: string, from: string, to: string) => void; commit: (message: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'llm-showdown-diff-test-'));
  made.push(root);
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'content as on main');
  return {
    root,
    content,
    edit: (file, from, to) => {
      const path = join(content, file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
      writeFileSync(path, text.replace(from, to));
    },
    commit: (message) => {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
  };
}

/** The diff of a successful comparison, failing the test with the problems otherwise. */
function compared(outcome: DiffOutcome): DataDiff {
  if (!outcome.ok) throw new Error(`${outcome.side} does not validate:\n${outcome.problems.join('\n')}`);
  return outcome.diff;
}

/** Runs the command as a contributor would, in the fixture repository's content/. */
function cli(content: string, ...args: string[]) {
  const result = spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), [join(process.cwd(), 'scripts/diff-data.ts'), ...args, '--content', content], { encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run diff:data on a fixture repository', () => {
  const repo = fixtureRepo();
  repo.edit('models/gpt-4.yaml', 'per-layer-latency: 22', 'per-layer-latency: 25');
  repo.commit('GPT-4: per-layer latency 25 ms');

  it('against HEAD~1 names the model, the metric and both values', () => {
    const { status, stdout } = cli(repo.content, 'HEAD~1');
    expect(status).toBe(0);
    expect(stdout).toContain('**1 figure changed · 143 identical · 0 models added · 0 removed · 0 public-record entries changed · 0 sources changed**');
    expect(stdout).toContain('| GPT-4 | Per-layer latency (ms) | 22 | 25 | +13.6% | `/architecture/#architecture-differences` `/embed/architecture-differences/` `/models/gpt-4/` |');
    expect(stdout).not.toContain('Flags for the reviewer');
    expect(stdout).not.toContain(nothingChangedMarker);
  });

  it('against HEAD says nothing changed and exits 0', () => {
    const { status, stdout } = cli(repo.content, 'HEAD');
    expect(status).toBe(0);
    expect(stdout).toContain('Nothing in `content/` changed');
    expect(stdout).toContain('0 figures changed · 144 identical');
    expect(stdout).toContain(nothingChangedMarker);
  });

  it('prints JSON for machines with --format json', () => {
    const { status, stdout } = cli(repo.content, 'HEAD~1', '--format', 'json');
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as DataDiff & { summary: string; empty: boolean };
    expect(json.empty).toBe(false);
    expect(json.figures.changed).toMatchObject([{ model: 'gpt-4', metric: 'per-layer-latency', old: { value: 22 }, new: { value: 25 }, oldText: '22', newText: '25' }]);
  });

  it('refuses a revision that does not exist, with exit status 2 and how to fetch it', () => {
    const { status, stderr } = cli(repo.content, 'origin/main');
    expect(status).toBe(2);
    expect(stderr).toContain('"origin/main" is not a commit in this repository');
    expect(() => diffContent({ contentDir: repo.content, base: 'no-such-ref' })).toThrow(GitError);
  });
});

describe('flags for a reviewer', () => {
  it('flags a number that moves by more than ×3, and a parameter count under 10⁶', () => {
    const repo = fixtureRepo();
    repo.edit('models/gpt-4.yaml', 'throughput: 2850', 'throughput: 285');
    repo.edit('models/deepseek.yaml', 'total-parameters: 340000000000', 'total-parameters: 340');
    repo.commit('two slips');
    const diff = compared(diffContent({ contentDir: repo.content, base: 'HEAD~1', head: 'HEAD' }));
    expect(diff.flags.map((f) => [f.kind, f.model, f.subject])).toEqual([
      ['factor', 'deepseek', 'total-parameters'],
      ['unit-scale', 'deepseek', 'total-parameters'],
      ['factor', 'gpt-4', 'throughput'],
    ]);
    expect(diff.flags[2]!.message).toBe('GPT-4 · Throughput (tokens/s): 2,850 → 285 moved ÷10, more than ×3 or ÷3');
    expect(diff.flags[1]!.message).toContain('340 parameters is under 10⁶');
    // Flags come first and do not stop the figures' table.
    const md = diffMarkdown(diff, { base: 'HEAD~1', head: 'HEAD' });
    expect(md.indexOf('Flags for the reviewer (3)')).toBeLessThan(md.indexOf('Figures changed'));
    expect(md).toContain('| DeepSeek | Total parameters | 340B | 340 | −100% |');
  });

  it('flags an "agrees" entry that no longer agrees', () => {
    const repo = fixtureRepo();
    repo.edit('models/deepseek.yaml', 'adam-beta1: 0.9', 'adam-beta1: 0.95');
    repo.edit('public-record.yaml', '  adam-beta1:\n    - status: agrees\n      value: 0.9', '  adam-beta1:\n    - status: differs\n      value: 0.9');
    repo.commit('beta1');
    const diff = compared(diffContent({ contentDir: repo.content, base: 'HEAD~1', head: 'HEAD' }));
    expect(diff.flags).toEqual([
      { kind: 'no-longer-agrees', model: 'deepseek', subject: 'adam-beta1', message: 'DeepSeek · Adam β₁: a public-record entry (ds-v3) said "agrees" and now says "differs"' },
    ]);
    expect(diff.records).toMatchObject([{ model: 'deepseek', subject: 'adam-beta1', change: 'changed', oldText: 'agrees: 0.9 (ds-v3)', newText: 'differs: 0.9 (ds-v3)' }]);
  });

  it('flags a public-record entry whose source disappears', () => {
    const repo = fixtureRepo();
    const entry = "    - status: not-disclosed\n      kind: report\n      sources: [gpt4-tr]\n      note:\n        en: \"OpenAI's report leaves out the model's size.\"";
    repo.edit('public-record.yaml', entry, "    - status: not-disclosed\n      note:\n        en: \"OpenAI's report leaves out the model's size.\"");
    repo.commit('no source');
    const diff = compared(diffContent({ contentDir: repo.content, base: 'HEAD~1', head: 'HEAD' }));
    expect(diff.flags.map((f) => f.message)).toEqual(['GPT-4 · Total parameters: a public-record entry no longer cites "gpt4-tr" and now cites nothing']);
    expect(diff.figures.changed).toEqual([]);
  });

  it('flags a figure that loses its source (figures with a source, as issue 11 writes them)', () => {
    const base = realData();
    const head = realData();
    const withSource = (data: typeof base, figure: unknown, source?: string) => {
      const model = modelOf(data, 'deepseek') as unknown as { figures: Record<string, unknown>; source?: string };
      model.figures['total-parameters'] = figure;
      if (source) model.source = source;
    };
    withSource(base, { value: 671000000000, source: 'ds-v3', locator: { en: 'Table 1', zh: '表1' } });
    withSource(head, 671000000000);
    const diff = diffData(base, head);
    expect(diff.flags).toEqual([
      { kind: 'lost-source', model: 'deepseek', subject: 'total-parameters', message: 'DeepSeek · Total parameters: the figure was credited to "ds-v3" and no longer names a source of its own (it falls back to its model’s, "article")' },
    ]);
    expect(diff.figures.changed).toMatchObject([{ oldText: '671B', newText: '671B', valueChanged: false }]);
    expect(diffMarkdown(diff, { base: 'a', head: 'b' })).toContain('| DeepSeek | Total parameters | 671B _(ds-v3)_ | 671B _(article)_ | ±0% |');
    // Every figure of a model now credited to the model's source is a change, but not a flag.
    const head2 = realData();
    withSource(head2, { value: 671000000000, source: 'ds-v3', locator: { en: 'Table 1', zh: '表1' } }, 'ds-v3');
    const diff2 = diffData(base, head2);
    expect(diff2.flags).toEqual([]);
    expect(diff2.figures.changed).toHaveLength(35);
    // Writing the default, "source: article", into a model file changes nothing.
    const head3 = realData();
    (modelOf(head3, 'gpt-4') as unknown as { source: string }).source = 'article';
    expect(diffData(realData(), head3).figures.changed).toEqual([]);
  });

  it('flags a unit-scale slip in a new model, without listing its figures as changes', () => {
    const base = realData();
    const head = realData();
    const copy = structuredClone(modelOf(head, 'palm-2'));
    copy.id = 'zeta';
    copy.figures['training-tokens'] = 3.6;
    head.models.push(copy);
    const diff = diffData(base, head);
    expect(diff.models.added).toEqual([{ id: 'zeta', name: 'PaLM-2' }]);
    expect(diff.figures.changed).toEqual([]);
    expect(diff.flags.map((f) => [f.kind, f.model, f.subject])).toEqual([['unit-scale', 'zeta', 'training-tokens']]);
  });
});

describe('when a side does not validate', () => {
  it('names the working tree and its problems instead of comparing', () => {
    const repo = fixtureRepo();
    repo.edit('models/gpt-4.yaml', 'parameter-utilisation: 68', 'parameter-utilisation: "68%"');
    const { status, stdout } = cli(repo.content, 'HEAD');
    expect(status).toBe(1);
    expect(stdout).toContain('**Not compared: the changed data (the working tree) fails validation** (1 problem).');
    expect(stdout).toMatch(/content\/models\/gpt-4\.yaml:\d+:\d+ {2}figures\.parameter-utilisation {2}expected a number/);
    expect(stdout).not.toContain('Figures changed');
  });

  it('names the base when it is the base that fails', () => {
    const repo = fixtureRepo();
    repo.edit('models/gpt-4.yaml', 'order: 2', 'order: two');
    repo.commit('broken');
    repo.edit('models/gpt-4.yaml', 'order: two', 'order: 2');
    const outcome = diffContent({ contentDir: repo.content, base: 'HEAD' });
    expect(outcome).toMatchObject({ ok: false, side: 'base', label: 'HEAD' });
    expect(!outcome.ok && outcome.problems[0]).toMatch(/^content\/models\/gpt-4\.yaml:\d+:\d+ {2}order/);
    if (outcome.ok) return;
    expect(invalidMarkdown(outcome, { base: 'HEAD', head: 'the working tree' })).toContain("**Not compared: the base, `HEAD` fails validation** (1 problem). It is read with this tree's schemas");
  });
});

describe('the pure parts', () => {
  it('normalises every way of writing a figure to its value and source', () => {
    expect(normaliseFigure(22)).toEqual({ value: 22, source: 'article', sourceFrom: 'default' });
    expect(normaliseFigure(22, 'ds-v3')).toEqual({ value: 22, source: 'ds-v3', sourceFrom: 'model' });
    expect(normaliseFigure({ value: 671e9, source: 'ds-v3', locator: { en: 'Table 1', zh: '表1' } }, 'article')).toEqual({ value: 671e9, source: 'ds-v3', sourceFrom: 'figure', locator: { en: 'Table 1', zh: '表1' } });
    expect(normaliseFigure({ value: 1.8, per: { en: 'expert', zh: '专家' }, source: 's' })).toEqual({ value: { value: 1.8, per: { en: 'expert', zh: '专家' } }, source: 's', sourceFrom: 'figure' });
    expect(normaliseFigure({ en: 'Linear decay', zh: '线性衰减' })).toEqual({ value: { en: 'Linear decay', zh: '线性衰减' }, source: 'article', sourceFrom: 'default' });
  });

  it('measures factors and scale slips', () => {
    expect(bigFactor(100, 301)).toBe('×3.01');
    expect(bigFactor(100, 300)).toBeUndefined();
    expect(bigFactor(100, 34)).toBeUndefined();
    expect(bigFactor(1e12, 1e3)).toBe('÷1,000,000,000');
    expect(bigFactor(0, 5)).toBe('from 0');
    expect(bigFactor({ value: 1, per: {} }, { value: 10, per: {} })).toBe('×10');
    const data = realData();
    expect(unitScaleSlip(999_999, metricOf(data, 'training-tokens'))).toContain('under 10⁶');
    expect(unitScaleSlip(1_000_000, metricOf(data, 'training-tokens'))).toBeUndefined();
    expect(unitScaleSlip(12, metricOf(data, 'throughput'))).toBeUndefined();
  });

  it('keeps data text from breaking the table or the hidden marker', () => {
    expect(cell('a | b <!-- data-diff -->\nc')).toBe('a \\| b &lt;!-- data-diff --&gt; c');
    expect(diffMarker).toBe('<!-- data-diff -->');
  });

  it('counts and lists sources added and edited beside two figures', () => {
    const base = realData();
    const head = realData();
    modelOf(head, 'gpt-4').figures['per-layer-latency'] = 25;
    modelOf(head, 'claude').figures['throughput'] = 2500;
    head.sources.set('zeta', { id: 'zeta', authors: 'Zeta Lab', title: 'Zeta report', date: '2026-01', file: 'content/sources.yaml' });
    head.sources.get('semianalysis')!.date = '2023-07-10';
    const diff = diffData(base, head);
    expect(summaryLine(diff)).toBe('2 figures changed · 142 identical · 0 models added · 0 removed · 0 public-record entries changed · 2 sources changed (1 added, 1 edited)');
    const md = diffMarkdown(diff, { base: 'main', head: 'this pull request' });
    expect(md).toContain('#### Sources added\n\n- `zeta` Zeta Lab, Zeta report\n');
    expect(md).toContain('- `semianalysis` D. Patel, G. Wong, GPT-4 Architecture, Infrastructure, Training Dataset, Costs, Vision, MoE — changed: `date`\n');
  });
});
