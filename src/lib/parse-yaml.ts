import { LineCounter, isNode, parseDocument, type Document } from 'yaml';

/** A position in a file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML file that can tell where a field is, for messages that point into the file. */
export interface ParsedYaml {
  /** The file's content as plain data. */
  data: unknown;
  /** Position of the value at a field path, or of the nearest parent that exists. */
  locate: (path: ReadonlyArray<string | number>) => Position;
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

/**
 * Parses YAML strictly (duplicate keys are errors) and keeps positions. Throws a YamlError listing
 * every problem with its line and column, so editors can jump to it.
 */
export function parseYamlWithPositions(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text.replace(/^\uFEFF/, ''), { uniqueKeys: true, prettyErrors: true, strict: true, lineCounter });
  if (doc.errors.length > 0) {
    throw new YamlError(
      file,
      doc.errors.map((e) => ({
        line: e.linePos?.[0].line ?? 1,
        column: e.linePos?.[0].col ?? 1,
        // The library appends "at line L, column C:" and a code frame; the position is given apart.
        message: (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ''),
      })),
    );
  }
  const locate = (path: ReadonlyArray<string | number>): Position => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  };
  return { data: doc.toJS(), locate };
}

/** Parses YAML strictly and returns plain data; see parseYamlWithPositions. */
export function parseYaml(text: string, file: string): unknown {
  return parseYamlWithPositions(text, file).data;
}
