import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/atom';
import { moveLine } from '../../src/lib/changes';
import { contentHistory } from '../../src/pipeline/content-history';
import { atomProblems, parseXml } from '../atom-check';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs git in a folder as a test author, with fixed dates so the history is the same on every run. */
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-30T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-30T10:00:00Z' },
  });
}

/** A repository with three commits: the real content/, one figure changed, one source added. */
function historyRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'llm-showdown-history-'));
  made.push(root);
  cpSync('content', join(root, 'content'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'content as on main');
  const edit = (file: string, from: string, to: string) => {
    const path = join(root, 'content', file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} lacks ${from}`);
    writeFileSync(path, text.replace(from, to));
  };
  edit('models/gpt-4.yaml', 'per-layer-latency: 22', 'per-layer-latency: 25');
  git(root, 'commit', '-q', '-am', 'GPT-4: per-layer latency is 25 ms (§1.2)');
  edit('sources.yaml', '- id: ds-v3\n', '- id: zeta\n  authors: Zeta Lab\n  title: Zeta <report> & notes\n  date: "2026-11"\n- id: ds-v3\n');
  git(root, 'commit', '-q', '-am', 'Add the Zeta report');
  return root;
}

describe('the history of content/', () => {
  const root = historyRepo();

  it('lists every commit newest first, with the figures it moved in both languages and the sources it added', () => {
    const history = contentHistory(join(root, 'content'));
    expect(history.map((c) => [c.subject, c.date, c.start])).toEqual([
      ['Add the Zeta report', '2026-11-30', undefined],
      ['GPT-4: per-layer latency is 25 ms (§1.2)', '2026-11-30', undefined],
      ['content as on main', '2026-11-30', 'first'],
    ]);
    expect(history[0]!.sourcesAdded).toEqual([{ id: 'zeta', name: 'Zeta Lab, Zeta <report> & notes' }]);
    expect(history[0]!.figures).toEqual([]);
    expect(history[1]!.figures.map((m) => [moveLine(m, 'en'), moveLine(m, 'zh')])).toEqual([['GPT-4 · Per-layer latency (ms): 22 → 25', 'GPT-4 · 单层延迟（ms）：22 → 25']]);
    expect(history[2]!.modelsAdded.map((m) => m.id)).toEqual(['deepseek', 'gpt-4', 'claude', 'palm-2']);
  });

  it('works in a shallow clone, marking the oldest commit it holds instead of failing', () => {
    const clone = mkdtempSync(join(tmpdir(), 'llm-showdown-shallow-'));
    made.push(clone);
    git(tmpdir(), 'clone', '-q', '--depth', '2', `file://${root}`, clone);
    const history = contentHistory(join(clone, 'content'));
    expect(history.map((c) => [c.subject, c.start])).toEqual([
      ['Add the Zeta report', undefined],
      ['GPT-4: per-layer latency is 25 ms (§1.2)', 'shallow'],
    ]);
  });

  it('is empty outside git, where a download of the source has no history', () => {
    const dir = mkdtempSync(join(tmpdir(), 'llm-showdown-nogit-'));
    made.push(dir);
    cpSync('content', join(dir, 'content'), { recursive: true });
    expect(contentHistory(join(dir, 'content'))).toEqual([]);
  });
});

describe('the Atom feed', () => {
  const feed = (text: string) =>
    atomFeed({
      id: 'https://example.org/changes/',
      title: 'Changes',
      subtitle: 'Every change',
      lang: 'en',
      self: 'https://example.org/changes.xml',
      page: 'https://example.org/changes/',
      updated: '2026-11-30T10:00:00+00:00',
      author: 'LLM Showdown contributors',
      entries: [{ id: 'https://example.org/changes/#c-1', title: 'a & b', updated: '2026-11-30T10:00:00Z', link: 'https://example.org/changes/#c-1', text }],
    });

  it('is well-formed Atom with every required element, whatever the text holds', () => {
    const xml = feed('Zeta <report> & "notes"\u0001 ]]> 中文');
    expect(atomProblems(xml)).toEqual([]);
    expect(parseXml(xml).children.find((c) => c.name === 'entry')!.children.find((c) => c.name === 'content')!.text).toBe('Zeta <report> & "notes" ]]> 中文');
  });

  it('is found wanting when a required element is missing (the check can fail)', () => {
    expect(atomProblems(feed('x').replace(/<updated>[^<]*<\/updated>\n {4}<link/, '<link'))).toEqual(['entry 1 has 0 <updated>']);
    expect(() => parseXml('<feed><entry></feed>')).toThrow();
  });
});
