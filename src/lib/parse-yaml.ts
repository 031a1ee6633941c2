import { parseDocument } from 'yaml';

/**
 * Parses YAML strictly (duplicate keys are errors) and throws one message per problem with
 * `file:line:column`, so editors can jump to it.
 */
export function parseYaml(text: string, file: string): unknown {
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { uniqueKeys: true, prettyErrors: true, strict: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const pos = e.linePos?.[0];
      const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
      return `${where}  ${e.message.split('\n')[0]}`;
    });
    throw new Error(`Invalid YAML:\n${lines.join('\n')}`);
  }
  return doc.toJS();
}
