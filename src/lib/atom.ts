/** One entry of an Atom feed (RFC 4287). */
export interface AtomEntry {
  /** A permanent IRI naming the entry. */
  id: string;
  title: string;
  /** ISO 8601 date-time with offset. */
  updated: string;
  /** Absolute address of the entry on the site. */
  link: string;
  /** Plain-text content. */
  text: string;
}

/** Escapes text for XML character data and attribute values. */
export function xmlEscape(text: string): string {
  // Control characters other than tab, newline and return are not allowed in XML 1.0 at all.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An Atom 1.0 feed document: every required element, the feed's self link and each entry's alternate link. */
export function atomFeed(feed: { id: string; title: string; subtitle: string; lang: string; self: string; page: string; updated: string; author: string; entries: readonly AtomEntry[] }): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.lang)}">`,
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <updated>${xmlEscape(feed.updated)}</updated>`,
    `  <author><name>${xmlEscape(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.page)}"/>`,
    ...feed.entries.flatMap((e) => [
      '  <entry>',
      `    <id>${xmlEscape(e.id)}</id>`,
      `    <title>${xmlEscape(e.title)}</title>`,
      `    <updated>${xmlEscape(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(e.link)}"/>`,
      `    <content type="text">${xmlEscape(e.text)}</content>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
