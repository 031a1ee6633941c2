import { defaultErrorMap, type ZodIssue, type ZodTypeAny } from 'astro/zod';
import { describeValue } from './describe-value';

/** A validation problem inside one entry: where (a path in the entry) and what is wrong. */
export interface Explained {
  /** Path of the value inside the entry. */
  path: (string | number)[];
  /** "expected …, found …" or a rule's own message. */
  message: string;
  /** True when the problem is the key itself (an unknown field), so positions point at the key. */
  atKey?: boolean;
}

type Def = { typeName?: string } & Record<string, unknown>;
const def = (s: ZodTypeAny): Def => s._def as Def;

/** Strips optional, default, refinement and similar wrappers. */
export function unwrap(schema: ZodTypeAny): ZodTypeAny {
  let s = schema;
  for (;;) {
    const d = def(s);
    const inner = (d['innerType'] ?? d['schema'] ?? (d.typeName === 'ZodPipeline' ? d['in'] : undefined)) as ZodTypeAny | undefined;
    if (!inner) return s;
    s = inner;
  }
}

/** The schema of the value at a path, trying each option of a union in turn. */
export function schemaAt(schema: ZodTypeAny, path: ReadonlyArray<string | number>): ZodTypeAny | undefined {
  if (path.length === 0) return schema;
  const s = unwrap(schema);
  const d = def(s);
  const [head, ...rest] = path;
  switch (d.typeName) {
    case 'ZodObject': {
      const shape = (s as unknown as { shape: Record<string, ZodTypeAny> }).shape;
      const next = shape[String(head)] ?? (d['catchall'] as ZodTypeAny | undefined);
      return next && def(unwrap(next)).typeName !== 'ZodNever' ? schemaAt(next, rest) : undefined;
    }
    case 'ZodArray':
      return schemaAt(d['type'] as ZodTypeAny, rest);
    case 'ZodRecord':
      return schemaAt(d['valueType'] as ZodTypeAny, rest);
    case 'ZodTuple': {
      const item = (d['items'] as ZodTypeAny[])[Number(head)];
      return item && schemaAt(item, rest);
    }
    case 'ZodUnion':
      for (const option of d['options'] as ZodTypeAny[]) {
        const found = schemaAt(option, path);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The schema itself, or the option of a union, whose type is `typeName`. */
function optionOfType(schema: ZodTypeAny | undefined, typeName: string): ZodTypeAny | undefined {
  if (!schema) return undefined;
  const s = unwrap(schema);
  if (def(s).typeName === typeName) return s;
  if (def(s).typeName !== 'ZodUnion') return undefined;
  return (def(s)['options'] as ZodTypeAny[]).map(unwrap).find((o) => def(o).typeName === typeName);
}

/** The range a number schema allows, as words: "between 0 and 100", "above 0". */
function rangeOf(checks: { kind: string; value?: number; inclusive?: boolean }[]): string {
  const min = checks.find((c) => c.kind === 'min');
  const max = checks.find((c) => c.kind === 'max');
  if (min && max && min.inclusive && max.inclusive) return ` between ${min.value} and ${max.value}`;
  const parts = [min && (min.inclusive ? `of at least ${min.value}` : `above ${min.value}`), max && (max.inclusive ? `${min ? '' : 'of '}at most ${max.value}` : `below ${max.value}`)];
  const text = parts.filter(Boolean).join(' and ');
  return text ? ` ${text}` : '';
}

/** Says in words what a schema accepts: "a whole number", "a text in both languages { en, zh }". */
export function describeType(schema: ZodTypeAny): string {
  const s = unwrap(schema);
  const d = def(s);
  switch (d.typeName) {
    case 'ZodString':
      return 'a text';
    case 'ZodNumber': {
      const checks = d['checks'] as { kind: string; value?: number; inclusive?: boolean }[];
      return `${checks.some((c) => c.kind === 'int') ? 'a whole number' : 'a number'}${rangeOf(checks)}`;
    }
    case 'ZodBoolean':
      return 'true or false';
    case 'ZodEnum':
      return `one of ${(d['values'] as string[]).join(', ')}`;
    case 'ZodLiteral':
      return JSON.stringify(d['value']);
    case 'ZodObject': {
      const keys = Object.keys((s as unknown as { shape: object }).shape);
      if (keys.join() === 'en,zh') return 'a text in both languages { en, zh }';
      if (keys.join() === 'na') return '{ na: { en, zh } } giving the reason there is no figure';
      return `a mapping with ${keys.join(', ')}`;
    }
    case 'ZodArray':
      return `a list of ${describeType(d['type'] as ZodTypeAny).replace(/^an? /, '').replace(/^text\b/, 'texts')}`;
    case 'ZodRecord':
      return `a mapping from id to ${describeType(d['valueType'] as ZodTypeAny)}`;
    case 'ZodTuple':
      return `a list of ${(d['items'] as unknown[]).length} items`;
    case 'ZodUnion': {
      const options = (d['options'] as ZodTypeAny[]).map(unwrap);
      if (options.every((o) => def(o).typeName === 'ZodLiteral')) return `one of ${options.map((o) => JSON.stringify(def(o)['value'])).join(', ')}`;
      return options.map(describeType).join(', or ');
    }
    default:
      return 'a value';
  }
}

/** The value at a path of plain data. */
function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), data);
}

const samePath = (a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>) => a.length === b.length && a.every((x, i) => x === b[i]);
/** Issues that mean a union branch does not take this kind of value at all. */
const wrongKind = new Set(['invalid_type', 'invalid_literal', 'invalid_enum_value']);
/** Whether an issue means the branch takes no value of this kind (a fraction where a whole number is wanted is still a number). */
const isWrongKind = (i: ZodIssue) => wrongKind.has(i.code) && !(i.code === 'invalid_type' && i.expected === 'integer');

/** Edit distance, to suggest the field a misspelt key was meant to be. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** The closest known key to a misspelt one, if close enough to be a likely typo. */
function closest(key: string, keys: readonly string[]): string | undefined {
  const near = keys.map((k) => [k, distance(key.toLowerCase(), k.toLowerCase())] as const).sort((a, b) => a[1] - b[1])[0];
  return near && near[1] <= Math.max(2, Math.floor(key.length / 3)) ? near[0] : undefined;
}

/** Says why a key is not allowed: "unknown field …", or the schema's own words after the key. */
function unknownKey(key: string, objectSchema: ZodTypeAny | undefined, custom: string | undefined): string {
  const s = objectSchema && unwrap(objectSchema);
  const keys = s && def(s).typeName === 'ZodObject' ? Object.keys((s as unknown as { shape: object }).shape) : [];
  const near = closest(key, keys);
  const hint = near ? `; did you mean "${near}"?` : !custom && keys.length > 0 ? `; expected only ${keys.join(', ')}` : '';
  return custom ? `"${key}" ${custom}${hint}` : `unknown field "${key}"${hint}`;
}

/** Whether a message is zod's own default for the issue (so ours can replace it). */
function isDefault(issue: ZodIssue, value: unknown): boolean {
  return issue.message === defaultErrorMap(issue, { data: value, defaultError: '' }).message;
}

/**
 * Turns zod issues into problems that say what was expected and what was found, at the most
 * precise path: a failed union reports the branch that fits the value's shape (so `{ en: … }`
 * without `zh` says the Chinese is missing), and each unknown key is reported at the key.
 */
export function explainIssues(schema: ZodTypeAny, data: unknown, issues: readonly ZodIssue[]): Explained[] {
  return issues.flatMap((issue): Explained[] => {
    const value = valueAt(data, issue.path);
    const at = { path: [...issue.path] };
    const found = describeValue(value);
    switch (issue.code) {
      case 'invalid_union': {
        const fitting = issue.unionErrors
          .map((e) => e.issues)
          .filter((list) => !list.some((i) => isWrongKind(i) && samePath(i.path, issue.path)))
          .map((list) => ({ list, unknown: list.filter((i) => i.code === 'unrecognized_keys').length }))
          .sort((a, b) => a.unknown - b.unknown || a.list.length - b.list.length);
        if (fitting[0]) return explainIssues(schema, data, fitting[0].list);
        const union = schemaAt(schema, issue.path);
        if (isDefault(issue, value) && union) return [{ ...at, message: `expected ${describeType(union)}; found ${found}` }];
        return [{ ...at, message: issue.message }];
      }
      case 'unrecognized_keys': {
        const custom = isDefault(issue, value) ? undefined : issue.message;
        return issue.keys.map((key) => ({ path: [...issue.path, key], message: unknownKey(key, schemaAt(schema, issue.path), custom), atKey: true }));
      }
      case 'invalid_type': {
        if (!isDefault(issue, value)) return [{ ...at, message: issue.message }];
        const expected = issue.expected === 'integer' ? optionOfType(schemaAt(schema, issue.path), 'ZodNumber') : schemaAt(schema, issue.path);
        return [{ ...at, message: `expected ${expected ? describeType(expected) : issue.expected}, found ${found}` }];
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        const bound = small ? (issue.inclusive ? 'at least' : 'more than') : issue.inclusive ? 'at most' : 'less than';
        // An empty text's own message says it all; other rules' messages get what was found.
        if (!isDefault(issue, value)) return [{ ...at, message: issue.type === 'string' && small ? issue.message : `${issue.message}; found ${found}` }];
        if (issue.type === 'string' && typeof value === 'string') {
          return [{ ...at, message: `expected ${bound} ${limit.toLocaleString('en')} characters, found ${value.length.toLocaleString('en')}${small ? '' : ' (shorten it; see the limits in CONTRIBUTING.md)'}` }];
        }
        if (issue.type === 'array' && Array.isArray(value)) return [{ ...at, message: `expected ${bound} ${limit} items, found ${value.length}` }];
        const expected = optionOfType(schemaAt(schema, issue.path), 'ZodNumber');
        return [{ ...at, message: `expected ${expected ? describeType(expected) : `a number ${bound} ${limit}`}, found ${found}` }];
      }
      case 'invalid_enum_value':
        return [{ ...at, message: `expected one of ${issue.options.join(', ')}; found ${found}` }];
      case 'invalid_literal':
        return [{ ...at, message: `expected ${JSON.stringify(issue.expected)}; found ${found}` }];
      case 'invalid_string':
        // A record key that breaks its rule (dataMix: { Books: 3 }): the value is fine, the key is not.
        if (typeof value !== 'string') return [{ ...at, message: `the key ${JSON.stringify(String(issue.path.at(-1)))} ${issue.message}`, atKey: true }];
        return [{ ...at, message: isDefault(issue, value) ? `expected a valid ${String(issue.validation)}, found ${found}` : `${issue.message}; found ${found}` }];
      case 'not_finite':
        return [{ ...at, message: `expected a finite number, found ${found}` }];
      default:
        return [{ ...at, message: issue.message }];
    }
  });
}
