/** Longest address accepted in the data; real ones are under 200 characters. */
export const maxAddressLength = 2000;

/** A checked address: the normalised `href` to link to, or why it was refused. */
export type AddressCheck = { ok: true; href: string } | { ok: false; reason: string };

// Characters a reviewer cannot see but a browser strips or acts on before it reads the scheme.
const hidden = /[\u0000-\u0020\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/;

/**
 * Checks an address from the data as a browser would read it: WHATWG URL parsing (which strips
 * tabs and newlines, and lower-cases the scheme) must give an absolute `https:` address with a host
 * and no user name or password. Spaces and invisible characters are refused outright, since the
 * address a reviewer reads would not be the one a reader follows.
 */
export function checkWebAddress(text: string): AddressCheck {
  if (text.length > maxAddressLength) return { ok: false, reason: `is ${text.length} characters long; addresses must be at most ${maxAddressLength}` };
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  const read = url && url.href !== text ? ` (a browser reads it as "${url.href.slice(0, 60)}")` : '';
  if (url && url.protocol !== 'https:') {
    const risk = url.protocol === 'http:' ? 'would load it unencrypted' : 'would not open it as a web page, and might run it as script';
    return { ok: false, reason: `is a "${url.protocol}" address${read}; only https:// addresses are allowed (a browser ${risk})` };
  }
  const bad = hidden.exec(text);
  if (bad) {
    const code = bad[0].charCodeAt(0);
    const what = code === 0x20 ? 'a space' : `the invisible character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return { ok: false, reason: `contains ${what} at character ${bad.index + 1}; write the address without spaces or hidden characters (encode a space as %20)` };
  }
  // WHATWG parsing also accepts "https:evil.org" and "https:\\evil.org": ask for the plain form.
  if (!url || !/^https:\/\/[^/\\]/i.test(text)) return { ok: false, reason: 'is not a full web address; expected an absolute address starting with https:// and the host, like https://example.org/page' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'carries a user name or password before "@"; remove it (it can disguise the real host)' };
  return { ok: true, href: url.href };
}

/** The href to render for an address from the data, or undefined to show it as plain text (defence in depth: the schemas already refuse anything else). */
export function safeHref(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const check = checkWebAddress(text);
  return check.ok ? check.href : undefined;
}
