import type { Problem } from './crosscheck';

/** Problems in reading order: by file, then line, then column; those without a position last in their file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
}

/** One problem as `file:line:column  field.path  message`, the form editors and terminals link to. */
export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where}  ${p.field || '(file)'}  ${p.message}`;
}

/** Escapes the message of a GitHub workflow command (see "Workflow commands for GitHub Actions"). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a GitHub workflow command, where ":" and "," also separate fields. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One problem as a GitHub Actions error annotation, shown inline on the changed file of a pull
 * request: `::error file=…,line=…,col=…,title=…::message`. A problem about a folder has no file.
 */
export function githubAnnotation(p: Problem): string {
  const props = p.file.endsWith('/')
    ? [`title=${escapeProperty(p.field || p.file)}`]
    : [`file=${escapeProperty(p.file)}`, ...(p.line !== undefined ? [`line=${p.line}`, `col=${p.column ?? 1}`] : []), `title=${escapeProperty(p.field || 'file')}`];
  const text = p.file.endsWith('/') ? `${p.file}: ${p.message}` : p.field ? `${p.field}: ${p.message}` : p.message;
  return `::error ${props.join(',')}::${escapeData(text)}`;
}
