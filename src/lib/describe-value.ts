/** Names of the characters data texts must not contain, by code point. */
const named: Record<number, string> = {
  0x09: 'a tab',
  0x0d: 'a carriage return',
  0x202a: 'the bidirectional control U+202A (LEFT-TO-RIGHT EMBEDDING)',
  0x202b: 'the bidirectional control U+202B (RIGHT-TO-LEFT EMBEDDING)',
  0x202c: 'the bidirectional control U+202C (POP DIRECTIONAL FORMATTING)',
  0x202d: 'the bidirectional control U+202D (LEFT-TO-RIGHT OVERRIDE)',
  0x202e: 'the bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE)',
  0xfeff: 'an invisible byte-order mark U+FEFF',
};

// Control characters except line feed, the embedding/override controls (they can make shown text
// differ from the reviewed text), and a byte-order mark inside a text. Marks (U+200E/F), isolates,
// zero-width joiners, emoji and combining marks are real text and stay allowed.
const forbidden = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\uFEFF]/;

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
