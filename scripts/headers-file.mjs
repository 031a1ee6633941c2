// Reads a `_headers` file (the format Netlify and Cloudflare Pages read) and works out the headers
// of one path, so local servers and tests send what the host will. Plain JavaScript with JSDoc
// types: scripts/serve.mjs runs under Node without a TypeScript step.

/**
 * One rule of a `_headers` file.
 * @typedef {object} HeaderRule
 * @property {string} path The path pattern as written, e.g. `/embed/:figure/`.
 * @property {RegExp} pattern The pattern compiled: `*` matches anything (slashes too), `:name` one path segment.
 * @property {[string, string][]} set Headers the rule attaches, in file order, as [name, value].
 * @property {string[]} unset Header names the rule detaches (`! Name` lines, Cloudflare syntax).
 * @property {number} line 1-based line of the path in the file.
 */

/**
 * A line the parser could not read.
 * @typedef {object} HeaderProblem
 * @property {number} line 1-based line number.
 * @property {string} message What is wrong and what was expected.
 */

const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Compiles a path pattern to a regular expression matched against the whole URL path.
 * @param {string} path
 * @returns {RegExp}
 */
export function compilePattern(path) {
  const source = path
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Parses the text of a `_headers` file. Every line that cannot be read is reported with its
 * number, so a typo fails loudly instead of silently dropping a security header.
 * @param {string} text
 * @returns {{ rules: HeaderRule[], problems: HeaderProblem[] }}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  /** @type {HeaderProblem[]} */
  const problems = [];
  /** @type {HeaderRule | null | undefined} null after a path line that could not be read */
  let current;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const indented = /^\s/.test(raw);
    if (!indented) {
      if (!trimmed.startsWith('/')) {
        problems.push({ line, message: `expected a path starting with "/" (absolute URLs are not supported here), found "${trimmed}"` });
        current = null;
        return;
      }
      current = { path: trimmed, pattern: compilePattern(trimmed), set: [], unset: [], line };
      rules.push(current);
      return;
    }
    // Headers under a path that could not be read belong to no rule; that path is reported already.
    if (current === null) return;
    const rule = current;
    if (!rule) {
      problems.push({ line, message: 'a header line must follow a path line' });
      return;
    }
    if (trimmed.startsWith('!')) {
      const name = trimmed.slice(1).trim();
      if (!headerName.test(name)) problems.push({ line, message: `expected "! Header-Name" to detach a header, found "${trimmed}"` });
      else rule.unset.push(name);
      return;
    }
    const colon = trimmed.indexOf(':');
    const name = colon > 0 ? trimmed.slice(0, colon).trim() : '';
    const value = colon > 0 ? trimmed.slice(colon + 1).trim() : '';
    if (!headerName.test(name) || value === '') {
      problems.push({ line, message: `expected "Header-Name: value", found "${trimmed}"` });
      return;
    }
    rule.set.push([name, value]);
  });
  for (const rule of rules) {
    if (rule.set.length === 0 && rule.unset.length === 0) problems.push({ line: rule.line, message: `the rule for ${rule.path} has no headers` });
  }
  return { rules, problems };
}

/**
 * The headers a path gets, by Cloudflare Pages' rules (the stricter of the two hosts): every
 * matching rule applies in file order; `! Name` removes what earlier rules attached; a header
 * attached by two rules gets both values joined with ", "; within one rule, too. Names are
 * returned in lower case. Netlify differs only where two rules set one header (it ignores
 * `! Name` and keeps the later value), which public/_headers avoids; tests/unit/headers-file.test.ts
 * checks that Netlify's parser gives the same result.
 * @param {readonly HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Map<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Map<string, string>} */
  const headers = new Map();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const name of rule.unset) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const before = headers.get(key);
      headers.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return headers;
}
