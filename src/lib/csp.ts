// The Content-Security-Policy of the built site: what a page's inline scripts hash to, and whether
// the policies in `_headers` keep scripts strict (same-origin files plus those hashes, nothing else).
// Pure functions, so the build step (src/integrations/csp.ts) and the unit tests share them.
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file.mjs';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Written in `_headers` where the build puts the hashes of the site's inline scripts. */
export const scriptHashesPlaceholder = '{inline-script-hashes}';

/** What a page needs from the policy for its scripts to run. */
export interface PageScripts {
  /** The source of each inline script the browser would run, in page order. */
  inline: string[];
  /** Script that no hash can allow (event-handler attributes, `javascript:` URLs), described. */
  problems: string[];
  /** The `javascript:` addresses found, as written in the page, so the build can say where in the data they came from. */
  scriptUrls: string[];
}

/** Whether a browser would run this attribute value as script: WHATWG URL parsing, which strips tabs and newlines and ignores the scheme's case. */
export function isScriptUrl(value: string): boolean {
  try {
    return new URL(value, 'https://relative.invalid/').protocol === 'javascript:';
  } catch {
    return false;
  }
}

// A <script> of another type is a data block: the browser never runs it, so the policy ignores it.
const scriptTypes = new Set(['', 'module', 'importmap', 'speculationrules', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function textOf(element: Element): string {
  return element.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');
}

/** Every element of a parsed document, template contents included, in document order. */
function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = 'content' in node ? [...node.content.childNodes] : [];
  if ('childNodes' in node) children.unshift(...node.childNodes);
  for (const child of children) yield* elements(child);
}

/**
 * Finds the inline scripts of an HTML page (parsed as a browser does, so the text is exactly what
 * the browser hashes) and the script that a hash-based policy cannot allow.
 */
export function readPageScripts(html: string): PageScripts {
  const inline: string[] = [];
  const problems: string[] = [];
  const scriptUrls: string[] = [];
  for (const el of elements(parse(html))) {
    const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
    if (el.tagName === 'script' && attr('src') === undefined && scriptTypes.has((attr('type') ?? '').trim().toLowerCase())) inline.push(textOf(el));
    for (const { name, value } of el.attrs) {
      if (/^on/i.test(name)) problems.push(`<${el.tagName} ${name}="…">: an event-handler attribute runs inline script; attach the listener from a script instead`);
      else if (urlAttributes.has(name) && isScriptUrl(value)) {
        scriptUrls.push(value);
        problems.push(`<${el.tagName} ${name}="javascript:…">: a javascript: URL runs inline script; use a button with a listener instead`);
      }
    }
  }
  return { inline, problems, scriptUrls };
}

/** The CSP source expression that allows a script with this exact text: `'sha256-<base64>'`. */
export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** The directives of a policy, by lower-case name, each with its source list. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    // The first of two same-named directives is the one browsers enforce.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

// Sources that would let an injected script run: inline code, eval, or any file from elsewhere.
// ('wasm-unsafe-eval' is not among them: it lets WebAssembly compile, which the site search needs,
// and still blocks eval and inline JavaScript.)
const looseScriptSources = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'data:', 'blob:', 'http:', 'https:'];

/**
 * What is wrong with a policy for this site, as sentences; none when scripts may come only from
 * this origin or match a hash, plugins are off and `<base>` cannot point elsewhere.
 */
export function policyProblems(policy: string): string[] {
  const directives = parsePolicy(policy);
  const problems: string[] = [];
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  if (!scripts) problems.push('has no script-src (nor default-src): any script would run');
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
    const loose = (directives.get(name) ?? []).filter((s) => looseScriptSources.includes(s.toLowerCase()));
    if (loose.length > 0 && (name !== 'default-src' || !directives.has('script-src'))) problems.push(`${name} allows ${loose.join(' ')}: scripts must be 'self' plus hashes`);
  }
  if (directives.get('object-src')?.join(' ') !== "'none'") problems.push("needs object-src 'none': plugins could run script");
  if (!directives.has('base-uri')) problems.push("needs base-uri 'self': an injected <base> would move every relative script");
  return problems;
}

// Cloudflare Pages ignores longer lines of `_headers`.
const maxLine = 2000;

/** The result of filling in a `_headers` file. */
export interface FilledHeaders {
  /** The file with the placeholder replaced by the hashes. */
  text: string;
  /** Why the file cannot ship, each naming the line or page; empty when it can. */
  problems: string[];
}

/**
 * Puts the script hashes into a `_headers` file where it says {@link scriptHashesPlaceholder}, and
 * checks that every page path gets a Content-Security-Policy without problems that mentions them.
 */
export function fillHeaders(text: string, hashes: readonly string[], pagePaths: readonly string[]): FilledHeaders {
  const problems: string[] = [];
  const source = parseHeadersFile(text);
  for (const p of source.problems) problems.push(`line ${p.line}: ${p.message}`);
  for (const rule of source.rules) {
    for (const [name, value] of rule.set) {
      if (name.toLowerCase() !== 'content-security-policy') continue;
      const where = `the rule for ${rule.path} (line ${rule.line})`;
      if (parsePolicy(value).has('script-src') && !value.includes(scriptHashesPlaceholder)) problems.push(`${where}: script-src needs ${scriptHashesPlaceholder}, or the site's inline scripts are blocked`);
      for (const p of policyProblems(value)) problems.push(`${where}: the Content-Security-Policy ${p}`);
    }
  }
  // Comments keep the placeholder's name, so they still explain the file they are in.
  const filled = text
    .split('\n')
    .map((line) => (line.trimStart().startsWith('#') ? line : line.split(scriptHashesPlaceholder).join(hashes.join(' '))))
    .join('\n');
  filled.split('\n').forEach((line, i) => {
    if (line.length > maxLine) problems.push(`line ${i + 1}: ${line.length} characters with the hashes, more than hosts read (${maxLine})`);
  });
  const { rules } = parseHeadersFile(filled);
  for (const path of pagePaths) {
    const policy = headersFor(rules, path).get('content-security-policy');
    if (policy === undefined) problems.push(`${path}: no rule gives this page a Content-Security-Policy`);
    // Two policies joined by a comma are both enforced; the strict one must be among them.
    else if (!policy.split(',').some((p) => policyProblems(p).length === 0)) problems.push(`${path}: its Content-Security-Policy is not strict: ${policy}`);
  }
  return { text: filled, problems };
}
