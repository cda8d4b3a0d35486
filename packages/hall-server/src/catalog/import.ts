import * as v from 'valibot';
import { ServiceItem, issuePath } from '@zhengwu/core/contract';
import { withPinyin } from './pinyin.js';

export { issuePath };

/** A catalog item as written in an import file: everything but the pinyin the server adds. */
export const ServiceItemInputSchema = v.omit(ServiceItem, ['pinyin']);

export interface CatalogError {
  /** Index of the item in the file's item array (0-based); -1 when the file as a whole is wrong. */
  index: number;
  /** 1-based line of the file where that item starts (or where the JSON syntax error is). */
  line?: number;
  /** The item's code when it has one, to find it in other systems. */
  code?: string;
  /** Field path inside the item, e.g. `materials[2].originals`; empty for the item itself. */
  path: string;
  message: string;
}

export interface ParsedCatalog {
  items: ServiceItem[];
  errors: CatalogError[];
}

/**
 * Start lines of the elements of the item array: the top-level array, or the `items` array
 * of a top-level object. One pass over the text, aware of strings and nesting; it also works
 * on broken JSON, up to the point where it breaks.
 */
export function locateItems(text: string): { lines: number[]; offsets: number[] } {
  const lines: number[] = [];
  const offsets: number[] = [];
  const stack: number[] = []; // char codes of open brackets
  let line = 1;
  let target = -1; // stack depth whose elements are items
  let expectElement = false;
  let expectKey = false; // next string in the top-level object is a key
  let lastKey = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line += 1;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (stack.length === target && expectElement && c !== 93) {
      lines.push(line);
      offsets.push(i);
      expectElement = false;
    }
    switch (c) {
      case 34: {
        // A string: skip to its end, noting top-level keys.
        const start = i;
        for (i += 1; i < text.length; i += 1) {
          const s = text.charCodeAt(i);
          if (s === 92) i += 1;
          else if (s === 34) break;
          else if (s === 10) line += 1;
        }
        if (expectKey && stack.length === 1) {
          lastKey = text.slice(start + 1, i);
          expectKey = false;
        }
        break;
      }
      case 123: // {
        stack.push(c);
        if (stack.length === 1) expectKey = true;
        break;
      case 91: // [
        stack.push(c);
        if (target < 0 && (stack.length === 1 || (stack.length === 2 && stack[0] === 123 && lastKey === 'items'))) {
          target = stack.length;
          expectElement = true;
        }
        break;
      case 93: // ]
      case 125: // }
        if (stack.length === target) return { lines, offsets };
        stack.pop();
        break;
      case 44: // ,
        if (stack.length === target) expectElement = true;
        if (stack.length === 1 && stack[0] === 123) expectKey = true;
        break;
      default:
        break;
    }
  }
  return { lines, offsets };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** `materials[2].originals` from a valibot issue path. */

/** valibot says `Invalid key: Expected "code" but received undefined` for a missing field. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.message.startsWith('Invalid key:') && issue.received === 'undefined') return 'Missing required field';
  return issue.message;
}

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  wrapped?: AnySchema;
};

/** Fields the contract does not know: a typo in an optional field would otherwise vanish. */
function unknownFields(schema: AnySchema, value: unknown, path: string, found: { path: string; message: string }[]) {
  if (schema.type === 'optional' || schema.type === 'nullable' || schema.type === 'nullish') {
    if (schema.wrapped && value !== undefined && value !== null) unknownFields(schema.wrapped, value, path, found);
    return;
  }
  if (schema.type === 'object' && schema.entries && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      const entry = schema.entries[key];
      if (entry) unknownFields(entry, child, childPath, found);
      else found.push({ path: childPath, message: 'Unknown field: not part of the ServiceItem contract' });
    }
    return;
  }
  if (schema.type === 'array' && schema.item && Array.isArray(value)) {
    value.forEach((child, index) => unknownFields(schema.item as AnySchema, child, `${path}[${index}]`, found));
  }
}

/**
 * Validate a catalog file (a JSON array of items, or `{ "items": [...] }`) item by item
 * against the contract, with the item's index, its start line, the field path and the
 * message for every problem; reject duplicate codes; add pinyin to the valid items.
 * Items with any problem are left out of `items`.
 */
export function parseCatalog(json: string, onProgress?: (done: number, total: number) => void): ParsedCatalog {
  const errors: CatalogError[] = [];
  // A byte-order mark (common from Windows editors) becomes a space, keeping offsets.
  if (json.charCodeAt(0) === 0xfeff) json = ` ${json.slice(1)}`;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const reported = /line (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : undefined;
    const line = reported ? Number(reported[1]) : offset !== undefined ? lineAt(json, offset) : undefined;
    // Name the item the syntax error falls in, when it falls in one.
    let index = -1;
    if (offset !== undefined) {
      const { offsets } = locateItems(json);
      for (let i = 0; i < offsets.length && offsets[i] <= offset; i += 1) index = i;
    }
    errors.push({ index, line, path: '', message: `Invalid JSON: ${message}` });
    return { items: [], errors };
  }

  const raw: unknown = data && typeof data === 'object' && !Array.isArray(data) ? (data as { items?: unknown }).items : data;
  if (!Array.isArray(raw)) {
    errors.push({
      index: -1,
      line: 1,
      path: '',
      message: 'Expected a JSON array of service items, or an object with an "items" array',
    });
    return { items: [], errors };
  }

  const { lines } = locateItems(json);
  const items: ParsedCatalog['items'] = [];
  const seen = new Map<string, number>();
  const total = raw.length;
  const step = Math.max(1, Math.min(1000, Math.ceil(total / 100)));
  for (let index = 0; index < total; index += 1) {
    const value: unknown = raw[index];
    const line = lines[index];
    const rawCode = value && typeof value === 'object' ? (value as { code?: unknown }).code : undefined;
    const code = typeof rawCode === 'string' ? rawCode : undefined;
    const problems: { path: string; message: string }[] = [];

    const result = v.safeParse(ServiceItemInputSchema, value);
    if (!result.success) {
      for (const issue of result.issues) problems.push({ path: issuePath(issue), message: issueMessage(issue) });
    }
    unknownFields(ServiceItem as unknown as AnySchema, value, '', problems);
    if (code !== undefined) {
      const first = seen.get(code);
      if (first === undefined) seen.set(code, index);
      else {
        const where = lines[first] === undefined ? '' : ` (line ${lines[first]})`;
        problems.push({ path: 'code', message: `Duplicate code: already used by item ${first}${where}` });
      }
    }

    if (problems.length > 0) {
      for (const problem of problems) errors.push({ index, line, code, ...problem });
    } else if (result.success) {
      items.push(withPinyin(result.output));
    }
    if (onProgress && ((index + 1) % step === 0 || index + 1 === total)) onProgress(index + 1, total);
  }
  if (onProgress && total === 0) onProgress(0, 0);
  return { items, errors };
}

/** One line per problem: `catalog.json:123 item 7 (1199…): materials[2].originals: Invalid type…`. */
export function formatCatalogError(file: string, error: CatalogError): string {
  const where = error.line === undefined ? file : `${file}:${error.line}`;
  const item = error.index >= 0 ? ` item ${error.index}${error.code ? ` (${error.code})` : ''}` : '';
  const path = error.path ? ` ${error.path}:` : '';
  return `${where}${item}:${path} ${error.message}`;
}
