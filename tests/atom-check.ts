// Checks an Atom feed the way a feed validator does, for the unit and end-to-end tests.
import { createRequire } from 'node:module';

/** The strict XML parser of `sax`, which has no type declarations of its own. */
interface SaxParser {
  onopentag: (node: { name: string; attributes: Record<string, string> }) => void;
  onclosetag: (name: string) => void;
  ontext: (text: string) => void;
  write(xml: string): SaxParser;
  close(): void;
}
const sax = createRequire(import.meta.url)('sax') as { parser(strict: boolean, options: { xmlns: false }): SaxParser };

/** An element of a parsed XML document. */
export interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

/** Parses XML strictly (any well-formedness error throws) into a tree of elements. */
export function parseXml(xml: string): Element {
  const root: Element = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const parser = sax.parser(true, { xmlns: false });
  parser.onopentag = (node) => {
    const element = { name: node.name, attributes: node.attributes, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => void (stack.at(-1)!.text += text);
  parser.write(xml).close();
  return root.children[0]!;
}

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks what RFC 4287 requires of a feed: the Atom namespace, one id, title and updated (an RFC 3339
 * date-time), an author, a self link; in each entry one id, title and updated, and a link or content.
 */
export function atomProblems(xml: string): string[] {
  const feed = parseXml(xml);
  const problems: string[] = [];
  const one = (parent: Element, name: string, where: string) => {
    const found = parent.children.filter((c) => c.name === name);
    if (found.length !== 1) problems.push(`${where} has ${found.length} <${name}>`);
    return found[0];
  };
  if (feed.name !== 'feed' || feed.attributes['xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('the root is not an Atom <feed>');
  for (const name of ['id', 'title']) one(feed, name, 'the feed');
  const updated = one(feed, 'updated', 'the feed');
  if (updated && !rfc3339.test(updated.text)) problems.push(`the feed's updated "${updated.text}" is not an RFC 3339 date-time`);
  if (!feed.children.some((c) => c.name === 'author' && c.children.some((n) => n.name === 'name' && n.text.trim() !== ''))) problems.push('the feed has no author name');
  if (!feed.children.some((c) => c.name === 'link' && c.attributes['rel'] === 'self' && /^https?:\/\//.test(c.attributes['href'] ?? ''))) problems.push('the feed has no absolute self link');
  feed.children
    .filter((c) => c.name === 'entry')
    .forEach((entry, i) => {
      const where = `entry ${i + 1}`;
      const id = one(entry, 'id', where);
      if (id && !/^[a-z][a-z0-9+.-]*:/.test(id.text)) problems.push(`${where}'s id "${id.text}" is not an IRI`);
      one(entry, 'title', where);
      const when = one(entry, 'updated', where);
      if (when && !rfc3339.test(when.text)) problems.push(`${where}'s updated "${when.text}" is not an RFC 3339 date-time`);
      if (!entry.children.some((c) => c.name === 'content' || (c.name === 'link' && c.attributes['rel'] === 'alternate'))) problems.push(`${where} has neither content nor an alternate link`);
    });
  return problems;
}
