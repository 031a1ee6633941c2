import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import DataTable from '../../src/components/DataTable.astro';
import { localized } from '../../src/schemas/common';
import { buildTable } from '../../src/lib/table';
import { modelOf, realData } from './helpers';

type Node = DefaultTreeAdapterTypes.Node;

/** The page's structure without its text: every element with its attribute names, and every link target. */
function skeleton(html: string): { elements: string[]; links: string[]; text: string } {
  const elements: string[] = [];
  const links: string[] = [];
  let text = '';
  const walk = (node: Node): void => {
    if ('tagName' in node) {
      elements.push(`${node.tagName}[${node.attrs.map((a) => a.name).join(',')}]`);
      for (const a of node.attrs) if (a.name === 'href' || a.name === 'src') links.push(a.value);
    }
    if (node.nodeName === '#text' && 'value' in node) text += node.value;
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parse(`<!doctype html><html><body>${html}</body></html>`));
  return { elements, links, text };
}

// Pieces of markup, script and link syntax, mixed with any other characters.
const hostile = fc
  .array(fc.oneof(fc.constantFrom('<', '>', '&', '"', "'", '`', '=', '/', '<script>', '</table>', '<a href="javascript:x">', 'javascript:', '{', '}', '&amp;', '<!--', ']]>', '\\'), fc.string({ maxLength: 8, unit: 'grapheme' })), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.join(''))
  .filter((text) => localized.safeParse({ en: text, zh: text }).success)
  .map((text) => text.trim());

describe('text from the data on a page (property)', () => {
  it('never becomes markup or a link: a random text in a model name and a table cell leaves the table’s structure as it is, and shows as text', async () => {
    const container = await AstroContainer.create();
    const render = async (text: string) => {
      const data = realData();
      const model = modelOf(data, 'deepseek');
      model.name = { en: text, zh: text };
      model.figures['expert-dynamism'] = { en: text, zh: text };
      return skeleton(await container.renderToString(DataTable, { props: { view: buildTable(data, 'architecture-differences', 'en') } }));
    };
    const plain = await render('Plain text');
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const shown = await render(text);
        expect(shown.elements).toEqual(plain.elements);
        expect(shown.links).toEqual(plain.links);
        // Twice: once as the column's model name, once as the cell.
        expect(shown.text.split(text).length - 1).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 150 },
    );
  });
});
