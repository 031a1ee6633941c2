import type { DataDiff, FigureChange, Flag, FlagKind } from './data-diff';
import { isEmpty, stableJson } from './data-diff';

/** The hidden line the pull-request comment is found by, so it is edited rather than posted again. */
export const diffMarker = '<!-- data-diff -->';

/** Ends a report that found nothing, so the comment workflow posts nothing new for a pull request that leaves the data alone. */
export const nothingChangedMarker = '<!-- data-diff: nothing changed -->';

/** What a reviewer is told to check for each kind of flag. */
const flagTitles: Record<FlagKind, string> = {
  factor: 'moved by more than ×3',
  'unit-scale': 'unit-scale slip?',
  'lost-source': 'lost its source',
  'no-longer-agrees': '"agrees" no longer agrees',
  'record-lost-source': 'public record lost a source',
};

/** "1 figure" / "2 figures". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Text safe in a Markdown table cell and unable to open an HTML comment or tag. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s*\n\s*/g, ' ');
}

/** A relative change as a signed percentage: "+12.5%", "−100%". */
export function relativeText(change: FigureChange): string {
  if (change.relative === undefined) return change.old === undefined ? 'new' : change.new === undefined ? 'removed' : '—';
  const pct = change.relative * 100;
  const text = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 }).format(Math.abs(pct));
  return `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${text}%`;
}

/**
 * The one-line count that leads the report, e.g.
 * "2 figures changed · 142 identical · 0 models added · 0 removed · 1 public-record entry changed · 1 source changed (1 added)".
 */
export function summaryLine(diff: DataDiff): string {
  const s = diff.sources;
  const sourceCount = s.added.length + s.removed.length + s.changed.length;
  const parts = [
    ['added', s.added.length],
    ['removed', s.removed.length],
    ['edited', s.changed.length],
  ].filter(([, n]) => n !== 0);
  return [
    `${count(diff.figures.changed.length, 'figure')} changed`,
    `${diff.figures.identical} identical`,
    `${count(diff.models.added.length, 'model')} added`,
    `${diff.models.removed.length} removed`,
    `${count(diff.records.length, 'public-record entry', 'public-record entries')} changed`,
    `${count(sourceCount, 'source')} changed${parts.length > 0 ? ` (${parts.map(([k, n]) => `${n} ${k}`).join(', ')})` : ''}`,
  ].join(' · ');
}

/** The flags as a list, grouped by nothing but kept in the order found (model by model). */
function flagList(flags: readonly Flag[]): string[] {
  return flags.map((f) => `- ⚠️ **${flagTitles[f.kind]}** — ${cell(f.message)}`);
}

/** Where a figure is shown, as code spans. */
function shownOn(paths: readonly string[]): string {
  return paths.map((p) => `\`${p}\``).join(' ');
}

/**
 * The Markdown report: the count, the flags, a table of changed figures, then the public record,
 * models, sources and other files. `base` and `head` name the two sides (a git ref, "working tree").
 */
export function diffMarkdown(diff: DataDiff, sides: { base: string; head: string }): string {
  const title = `### Data changes: \`${cell(sides.base)}\` → ${cell(sides.head)}`;
  if (isEmpty(diff)) return `${title}\n\nNothing in \`content/\` changed: ${summaryLine(diff)}.\n\n${nothingChangedMarker}\n`;
  const out = [title, '', `**${summaryLine(diff)}**`, ''];
  if (diff.flags.length > 0) {
    out.push(`#### Flags for the reviewer (${diff.flags.length})`, '', 'Look at each before approving; they do not fail the check.', '', ...flagList(diff.flags), '');
  }
  if (diff.figures.changed.length > 0) {
    out.push('#### Figures changed', '', '| Model | Metric | Old | New | Change | Shown on |', '|---|---|---|---|---|---|');
    for (const c of diff.figures.changed) {
      const source = (f: FigureChange['old']) => (f ? ` _(${cell(f.source)})_` : '');
      const sourceMoved = c.old && c.new && (c.old.source !== c.new.source || stableJson(c.old.locator) !== stableJson(c.new.locator));
      out.push(
        `| ${cell(c.modelName)} | ${cell(c.metricLabel)} | ${cell(c.oldText)}${sourceMoved ? source(c.old) : ''} | ${cell(c.newText)}${sourceMoved ? source(c.new) : ''} | ${relativeText(c)} | ${shownOn(c.shownOn)} |`,
      );
    }
    out.push('');
  }
  if (diff.records.length > 0) {
    out.push('#### Public record', '', '| Model · subject | Change | Old | New |', '|---|---|---|---|');
    for (const r of diff.records) out.push(`| ${cell(r.name)} | ${r.change} | ${cell(r.oldText)} | ${cell(r.newText)} |`);
    out.push('');
  }
  const list = (heading: string, items: { id: string; name: string; fields?: string[] }[]) => {
    if (items.length === 0) return;
    const fields = (x: { fields?: string[] }) => (x.fields ? ` — changed: ${x.fields.map((f) => `\`${cell(f)}\``).join(', ')}` : '');
    out.push(`#### ${heading}`, '', ...items.map((x) => `- \`${cell(x.id)}\` ${cell(x.name)}${fields(x)}`), '');
  };
  list('Models added', diff.models.added);
  list('Models removed', diff.models.removed);
  if (diff.models.fieldsChanged.length > 0) {
    out.push('#### Other model fields changed', '', ...diff.models.fieldsChanged.map((m) => `- \`${cell(m.model)}\`: ${m.fields.map((f) => `\`${cell(f)}\``).join(', ')}`), '');
  }
  list('Sources added', diff.sources.added);
  list('Sources removed', diff.sources.removed);
  list('Sources edited', diff.sources.changed);
  const files = [...diff.files.added.map((f) => `${f} (added)`), ...diff.files.removed.map((f) => `${f} (removed)`), ...diff.files.changed];
  if (files.length > 0) out.push(`<details><summary>Files of content/ that differ (${files.length})</summary>`, '', ...files.map((f) => `- \`content/${cell(f)}\``), '', '</details>', '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** The report for machines: the diff itself, with the summary line and which sides were compared. */
export function diffJson(diff: DataDiff, sides: { base: string; head: string }): string {
  return `${JSON.stringify({ base: sides.base, head: sides.head, summary: summaryLine(diff), empty: isEmpty(diff), ...diff }, null, 2)}\n`;
}

/** How many validation problems the report repeats; the rest are in `npm run validate` and the annotations. */
export const problemsShown = 10;

/** The report when one side fails validation: which side, and where the full messages are, instead of a diff. */
export function invalidMarkdown(failed: { side: 'base' | 'head'; label: string; problems: readonly string[] }, sides: { base: string; head: string }): string {
  const which = failed.side === 'base' ? `the base, \`${cell(failed.label)}\`` : `the changed data (${cell(failed.label)})`;
  const fix =
    failed.side === 'base'
      ? `It is read with this tree's schemas: when this change edits \`src/schemas/\` or \`content/metrics.yaml\` so that older data no longer fits, that is expected and there is nothing to compare; otherwise check out \`${cell(failed.label)}\` and run \`npm run validate\` there.`
      : 'Fix them first: `npm run validate` prints each with its file, line and column, and on a pull request each one is an annotation on its line.';
  const shown = failed.problems.slice(0, problemsShown).map((p) => `    ${p}`);
  const more = failed.problems.length > problemsShown ? [`    … and ${failed.problems.length - problemsShown} more`] : [];
  return [
    `### Data changes: \`${cell(sides.base)}\` → ${cell(sides.head)}`,
    '',
    `**Not compared: ${which} fails validation** (${count(failed.problems.length, 'problem')}). ${fix}`,
    '',
    ...shown,
    ...more,
    '',
  ].join('\n');
}
