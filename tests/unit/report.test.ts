import { describe, expect, it } from 'vitest';
import { formatProblem, githubAnnotation, sortProblems } from '../../src/lib/report';

describe('problem reports', () => {
  const problem = { file: 'content/models/gpt-4.yaml', field: 'figures.parameter-utilisation', message: 'expected a number between 0 and 100, found the text "68%"', line: 17, column: 26 };

  it('print file:line:column, the field and the message', () => {
    expect(formatProblem(problem)).toBe('content/models/gpt-4.yaml:17:26  figures.parameter-utilisation  expected a number between 0 and 100, found the text "68%"');
    expect(formatProblem({ file: 'content/models/', field: '', message: 'a comparison needs at least two model files, found 1' })).toBe('content/models/  (file)  a comparison needs at least two model files, found 1');
  });

  it('become GitHub error annotations on the file, line and column, escaping what the command syntax needs', () => {
    expect(githubAnnotation(problem)).toBe('::error file=content/models/gpt-4.yaml,line=17,col=26,title=figures.parameter-utilisation::figures.parameter-utilisation: expected a number between 0 and 100, found the text "68%25"');
    expect(githubAnnotation({ file: 'content/a,b:c.yaml', field: 'x', message: 'two\nlines 100%', line: 1, column: 1 })).toBe('::error file=content/a%2Cb%3Ac.yaml,line=1,col=1,title=x::x: two%0Alines 100%25');
    expect(githubAnnotation({ file: 'content/models/', field: '', message: 'a comparison needs at least two model files, found 1' })).toBe('::error title=content/models/::content/models/: a comparison needs at least two model files, found 1');
  });

  it('sort by file, then line and column', () => {
    const sorted = sortProblems([
      { file: 'b.yaml', field: '', message: '', line: 1, column: 1 },
      { file: 'a.yaml', field: '', message: '' },
      { file: 'a.yaml', field: '', message: '', line: 9, column: 2 },
      { file: 'a.yaml', field: '', message: '', line: 9, column: 1 },
    ]);
    expect(sorted.map((p) => `${p.file}:${p.line ?? '-'}:${p.column ?? '-'}`)).toEqual(['a.yaml:9:1', 'a.yaml:9:2', 'a.yaml:-:-', 'b.yaml:1:1']);
  });
});
