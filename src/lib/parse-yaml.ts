import { LineCounter, isMap, isNode, isPair, isScalar, parseDocument, visit, type Document, type Node } from 'yaml';

/** A position in a file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML file that can tell where a field is, for messages that point into the file. */
export interface ParsedYaml {
  /** The file's content as plain data. */
  data: unknown;
  /**
   * Position of the value at a field path. For a path that does not exist (a missing field), the
   * position of the key of the nearest parent that exists, or of that parent's value.
   */
  locate: (path: ReadonlyArray<string | number>) => Position;
  /** Position of the key of the last path segment (for an unknown field), or of the value when there is no key. */
  locateKey: (path: ReadonlyArray<string | number>) => Position;
}

/** Thrown for text that is not valid YAML; carries every error with its position. */
export class YamlError extends Error {
  constructor(
    readonly file: string,
    readonly errors: ReadonlyArray<Position & { message: string }>,
  ) {
    super(`Invalid YAML:\n${errors.map((e) => `${file}:${e.line}:${e.column}  ${e.message}`).join('\n')}`);
  }
}

/** What to do about the YAML errors editors meet most, by the parser's error code. */
const hints: Record<string, string> = {
  DUPLICATE_KEY: 'a field is given twice; keep one',
  TAB_AS_INDENT: 'indent with spaces',
  BLOCK_AS_IMPLICIT_KEY: 'a text containing ": " must be in quotes, like en: "Step: every 10k steps"',
  BAD_INDENT: 'check that every { and [ on the lines above is closed',
};

/**
 * Parses YAML strictly (duplicate keys and aliases are errors) and keeps positions. Throws a YamlError
 * with its line and column for every duplicate key and the first syntax error (later ones are knock-on).
 */
export function parseYamlWithPositions(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text.replace(/^\uFEFF/, ''), { uniqueKeys: true, prettyErrors: true, strict: true, lineCounter });
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => {
      // The library appends "at line L, column C:" and a code frame; the position is given apart.
      const text = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
      return { line: e.linePos?.[0].line ?? 1, column: e.linePos?.[0].col ?? 1, message: hints[e.code] ? `${text}; ${hints[e.code]}` : text };
    });
    // Each duplicate key is a mistake of its own; after the first syntax error the parser reads the
    // rest out of step, so whatever follows it is knock-on.
    const firstSyntax = doc.errors.findIndex((e) => e.code !== 'DUPLICATE_KEY');
    throw new YamlError(file, firstSyntax === -1 ? errors : errors.slice(0, firstSyntax + 1));
  }
  const position = (node: Node | undefined): Position | undefined => {
    if (!node?.range) return undefined;
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line, column: col };
  };
  // Aliases let a few lines expand into gigabytes ("billion laughs") and hide from a reviewer what a
  // field holds; no data file needs them. Refused before the document is expanded.
  let alias: Position | undefined;
  visit(doc, {
    Alias(_key, node) {
      alias = node.range ? position(node) : { line: 1, column: 1 };
      return visit.BREAK;
    },
  });
  if (alias) throw new YamlError(file, [{ ...alias, message: 'an alias (*name) repeats another part of the file; write the value out in full (anchors and aliases are not allowed in data files)' }]);
  /** The key node of `key` in the mapping at `parent`, if both exist. */
  const keyNode = (parent: ReadonlyArray<string | number>, key: string | number): Node | undefined => {
    const map = parent.length === 0 ? doc.contents : doc.getIn(parent, true);
    if (!isMap(map)) return undefined;
    const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
    return pair && isNode(pair.key) ? pair.key : undefined;
  };
  const nodeAt = (path: ReadonlyArray<string | number>): Node | undefined => {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    return isNode(node) ? node : undefined;
  };
  const locate = (path: ReadonlyArray<string | number>): Position => {
    const exact = position(nodeAt(path));
    if (exact) return exact;
    // A missing field: point at the key of the nearest parent that exists ("figures:"), else at it.
    for (let n = path.length - 1; n >= 0; n--) {
      const found = nodeAt(path.slice(0, n));
      if (!found) continue;
      const last = path[n - 1];
      return position(n > 0 && last !== undefined ? keyNode(path.slice(0, n - 1), last) : undefined) ?? position(found) ?? { line: 1, column: 1 };
    }
    return { line: 1, column: 1 };
  };
  const locateKey = (path: ReadonlyArray<string | number>): Position => {
    const last = path.at(-1);
    return (last !== undefined ? position(keyNode(path.slice(0, -1), last)) : undefined) ?? locate(path);
  };
  return { data: doc.toJS(), locate, locateKey };
}

/** Parses YAML strictly and returns plain data; see parseYamlWithPositions. */
export function parseYaml(text: string, file: string): unknown {
  return parseYamlWithPositions(text, file).data;
}
