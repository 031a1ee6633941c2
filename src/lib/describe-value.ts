/** Names of the characters data texts must not contain, by code point. */
const named: Record<number, string> = {
  0x09: 'a tab',
  0x0d: 'a carriage return',
  0x202a: 'the bidirectional control U+202A (LEFT-TO-RIGHT EMBEDDING)',
  0x202b: 'the bidirectional control U+202B (RIGHT-TO-LEFT EMBEDDING)',
  0x202c: 'the bidirectional control U+202C (POP DIRECTIONAL FORMATTING)',
  0x202d: 'the bidirectional control U+202D (LEFT-TO-RIGHT OVERRIDE)',
  0x202e: 'the bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE)',
  0x2066: 'the bidirectional control U+2066 (LEFT-TO-RIGHT ISOLATE)',
  0x2067: 'the bidirectional control U+2067 (RIGHT-TO-LEFT ISOLATE)',
  0x2068: 'the bidirectional control U+2068 (FIRST STRONG ISOLATE)',
  0x2069: 'the bidirectional control U+2069 (POP DIRECTIONAL ISOLATE)',
  0x200e: 'the bidirectional control U+200E (LEFT-TO-RIGHT MARK)',
  0x200f: 'the bidirectional control U+200F (RIGHT-TO-LEFT MARK)',
  0x061c: 'the bidirectional control U+061C (ARABIC LETTER MARK)',
  0xfeff: 'an invisible byte-order mark U+FEFF',
};

// Control characters except line feed, every bidirectional control (embeddings, overrides, isolates
// and marks can make the shown text differ from the reviewed text: "Trojan Source"), and a byte-order
// mark inside a text. Zero-width joiners, emoji and combining marks are real text and stay allowed;
// the site's two languages are both left-to-right, so no data text needs a direction control.
const forbidden = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** The first character a data text must not contain, with its index and a name for messages. */
export function forbiddenCharacter(text: string): { index: number; name: string } | undefined {
  const match = forbidden.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  const name = named[code] ?? `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return { index: match.index, name };
}

/** Says what a value is, for messages of the form "expected …, found …". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null (an empty placeholder still to fill in)';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'string') {
    if (value.length > 60) return `a text of ${value.length.toLocaleString('en')} characters starting ${JSON.stringify(`${value.slice(0, 40)}…`)}`;
    return `the text ${JSON.stringify(value)}`;
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN (not a number)';
    if (!Number.isFinite(value)) return value > 0 ? 'infinity' : 'minus infinity';
    return `the number ${value}`;
  }
  if (typeof value === 'boolean') return `the value ${value}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty mapping {}' : `a mapping with ${keys.length === 1 ? 'the key' : 'keys'} ${keys.join(', ')}`;
  }
  return `${typeof value} ${String(value)}`;
}
