// Cuts KaTeX's stylesheet (24 KB, 20 font faces) down to the rules the site's formulas use, so the
// pages with a formula block their first paint on a small stylesheet and fetch one font.

/** The TeX of every display formula (`$$` on lines of their own) in an MDX text. */
export function displayMath(mdx: string): string[] {
  return [...mdx.matchAll(/^\$\$[ \t]*\n([\s\S]*?)\n\$\$[ \t]*$/gm)].map((m) => m[1]!.trim());
}

/** Every class name used in an HTML text. */
export function classesIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean)));
}

/** Top-level `prelude{body}` blocks of a stylesheet without nested at-rules (KaTeX's is one). */
function blocks(css: string): { prelude: string; body: string }[] {
  const out: { prelude: string; body: string }[] = [];
  const re = /([^{}]+)\{([^{}]*)\}/g;
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(re)) out.push({ prelude: m[1]!.trim(), body: m[2]!.trim() });
  return out;
}

/** Whether a selector can match: each class it names is among the used ones. */
const usable = (selector: string, used: Set<string>) => [...selector.matchAll(/\.([\w-]+)/g)].every((m) => used.has(m[1]!));

/**
 * KaTeX's stylesheet reduced to the rules whose selectors can match the given classes, and the
 * `@font-face` rules of the font families those rules name, each with its WOFF2 file only (every
 * browser that runs this site reads WOFF2), at `fontDir` + file name.
 */
export function katexSubset(css: string, used: Set<string>, fontDir: string): string {
  const rules: string[] = [];
  const families = new Set<string>();
  const all = blocks(css);
  for (const { prelude, body } of all) {
    if (prelude.startsWith('@')) continue;
    const kept = prelude.split(',').filter((s) => usable(s, used));
    if (kept.length === 0) continue;
    rules.push(`${kept.join(',')}{${body}}`);
    for (const m of body.matchAll(/\bKaTeX_\w+/g)) families.add(m[0]);
  }
  const faces = all
    .filter(({ prelude, body }) => prelude === '@font-face' && families.has(/font-family:\s*([\w-]+)/.exec(body)?.[1] ?? ''))
    .map(({ body }) => {
      const woff2 = /url\((?:fonts\/)?([\w-]+\.woff2)\)\s*format\("woff2"\)/.exec(body)?.[1];
      if (!woff2) throw new Error(`katexSubset: a KaTeX @font-face without a WOFF2 file: ${body}`);
      return `@font-face{${body.replace(/src:[^;}]+/, `src:url(${fontDir}${woff2}) format("woff2")`)}}`;
    });
  return [...faces, ...rules].join('\n');
}

/** KaTeX's options for the site's formulas: rehype-katex in astro.config.mjs and the subset share them. */
export const katexOptions = {
  output: 'htmlAndMathml',
  // \htmlClass (and nothing else untrusted) marks the cost formula's symbols for the calculator.
  trust: (c: { command: string }) => c.command === '\\htmlClass',
  strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'warn'),
} as const;
