/**
 * Reading JSON written by people (manifest.json, profiles): syntax errors with line and
 * column, schema errors naming the field and what it should be, unknown fields found so they
 * can be warned about. Every message is one line for the user, never a stack trace.
 */
import type { z } from 'zod';
import { UsageError } from './exit.ts';

/** 1-based line and column (in UTF-16 code units) of an offset into `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Offset of the first JSON syntax error in `text`, or null if it is valid JSON. An explicit
 * stack instead of recursion, so deeply nested input cannot overflow the call stack.
 */
export function jsonErrorOffset(text: string): number | null {
  const n = text.length;
  let i = 0;
  const stack: ('{' | '[')[] = [];
  type State = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';
  let state: State = 'value';
  const afterValue = (): State => (stack.length > 0 ? 'commaOrEnd' : 'done');
  /** End of the string starting at i, or -(offset of the error) - 1. */
  const stringEnd = (at: number): number => {
    for (let j = at + 1; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c < 0x20) return -j - 1;
      if (c === 0x5c) {
        const e = text[j + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1) - 1;
          j += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
        else return -(j + 1) - 1;
      }
    }
    return -n - 1;
  };
  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= n) return state === 'done' ? null : n;
    const c = text[i]!;
    switch (state) {
      case 'done':
        return i;
      case 'colon':
        if (c !== ':') return i;
        i++;
        state = 'value';
        continue;
      case 'commaOrEnd': {
        const top = stack[stack.length - 1];
        if (c === ',') state = top === '{' ? 'key' : 'value';
        else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
          stack.pop();
          state = afterValue();
        } else return i;
        i++;
        continue;
      }
      case 'keyOrEnd':
      case 'key': {
        if (c === '}' && state === 'keyOrEnd') {
          stack.pop();
          i++;
          state = afterValue();
          continue;
        }
        if (c !== '"') return i;
        const end = stringEnd(i);
        if (end < 0) return -end - 1;
        i = end;
        state = 'colon';
        continue;
      }
      case 'valueOrEnd':
      case 'value': {
        if (c === ']' && state === 'valueOrEnd') {
          stack.pop();
          i++;
          state = afterValue();
          continue;
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          state = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
          continue;
        }
        if (c === '"') {
          const end = stringEnd(i);
          if (end < 0) return -end - 1;
          i = end;
        } else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
        else if (text.startsWith('false', i)) i += 5;
        else {
          NUMBER.lastIndex = i;
          if (!NUMBER.exec(text)) return i;
          i = NUMBER.lastIndex;
        }
        state = afterValue();
        continue;
      }
    }
  }
}

/**
 * Parse JSON written by a person. A byte-order mark is allowed. A syntax error becomes a
 * UsageError: `FILE: malformed JSON at line L, column C: what was wrong`.
 */
export function parseJson(text: string, label: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const offset = jsonErrorOffset(body) ?? body.length;
    const { line, column } = lineColumn(body, offset);
    const what = (error as Error).message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/\s*\(line \d+ column \d+\)$/, '');
    throw new UsageError(`${label}: malformed JSON at line ${line}, column ${column}: ${what}`);
  }
}

/** The value at `path` inside `raw`, for saying what was found instead. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** One schema problem in words: "field articles.2.published: expected string, got number". */
export function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  const found = valueAt(raw, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? `field ${field}: missing (expected ${issue.expected})`
        : `field ${field}: expected ${issue.expected}, got ${kindOf(found)}`;
    case 'invalid_value':
      return `field ${field}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(found)}`;
    case 'too_small':
      return `field ${field}: ${issue.origin === 'string' ? 'must not be empty' : issue.message}`;
    default:
      return `field ${field}: ${issue.message}`;
  }
}

/** Validate `raw` against `schema`; the first problem becomes a UsageError naming file and field. */
export function validate<T extends z.ZodType>(schema: T, raw: unknown, label: string): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`${label}: ${describeIssue(parsed.error.issues[0]!, raw)}`);
  return parsed.data;
}

/** Edit distance, for suggesting the field a typo meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length]!;
}

/** The name in `names` closest to a mistyped one (edit distance at most 2, case ignored), if any. */
export function nearestName(typed: string, names: readonly string[]): string | null {
  const scored = names
    .map((n) => ({ n, d: distance(typed.toLowerCase(), n.toLowerCase()) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1));
  return scored[0]?.n ?? null;
}

/** "unknown field articles.0.outlett (ignored; did you mean outlet?)" for each key not in `known`. */
export function unknownFields(object: unknown, known: readonly string[], prefix: string): string[] {
  if (object === null || typeof object !== 'object' || Array.isArray(object)) return [];
  return Object.keys(object)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const near = nearestName(key, known);
      return `unknown field ${prefix}${key} (ignored${near ? `; did you mean ${near}?` : ''})`;
    });
}
