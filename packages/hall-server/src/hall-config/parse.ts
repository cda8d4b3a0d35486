import * as v from 'valibot';
import { isCollection, LineCounter, parseDocument, type Document } from 'yaml';
import { Hall } from '@zhengwu/core/contract';
import { crossCheck, type HallProblem } from './checks.js';

/** One problem of a hall file, with the line it is on (1-based) when the file shows one. */
export interface HallFileError {
  line?: number;
  /** `categories[2].prefix`; empty for the file as a whole. */
  path: string;
  message: string;
}

export type ParsedHall = { hall: Hall; errors: [] } | { hall?: undefined; errors: HallFileError[] };

type Key = string | number;

export function formatPath(path: readonly Key[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '');
}

/** `hall.yaml:23 categories[2].prefix: one capital letter`. */
export function formatHallError(file: string, error: HallFileError): string {
  return `${error.line === undefined ? file : `${file}:${error.line}`}${error.path ? ` ${error.path}:` : ''} ${error.message}`;
}

/** The line of the deepest node the file has along `path` (a missing field: its parent's line). */
function lineOf(doc: Document, counter: LineCounter, path: readonly Key[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return undefined;
}

type AnySchema = v.GenericSchema & { entries?: Record<string, AnySchema>; item?: AnySchema; wrapped?: AnySchema };

/** Fields the contract does not know: a misspelt optional field would otherwise vanish unseen. */
function unknownFields(schema: AnySchema, value: unknown, path: Key[], out: HallProblem[]): void {
  if (schema.wrapped) {
    if (value !== undefined && value !== null) unknownFields(schema.wrapped, value, path, out);
  } else if (schema.entries && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      const entry = schema.entries[key];
      if (entry) unknownFields(entry, child, [...path, key], out);
      else out.push({ path: [...path, key], message: 'unknown field' });
    }
  } else if (schema.item && Array.isArray(value)) {
    value.forEach((child, index) => unknownFields(schema.item as AnySchema, child, [...path, index], out));
  }
}

/** A window may name its clerk by staff id (`staff: S1001`): the staff entry takes its place. */
function resolveWindowStaff(data: Record<string, unknown>, out: HallProblem[]): void {
  const staff = Array.isArray(data.staff) ? (data.staff as { id?: unknown }[]) : [];
  if (!Array.isArray(data.windows)) return;
  data.windows.forEach((window: unknown, index) => {
    if (!window || typeof window !== 'object') return;
    const entry = window as { staff?: unknown };
    const id = typeof entry.staff === 'string' ? entry.staff : (entry.staff as { id?: unknown } | undefined)?.id;
    if (id === undefined) return;
    const found = staff.find((person) => person && person.id === id);
    if (typeof entry.staff === 'string') {
      if (found) entry.staff = found;
      else {
        out.push({ path: ['windows', index, 'staff'], message: `unknown staff ${id}: not in the hall's staff` });
        delete entry.staff; // reported once, not again as the wrong type
      }
    } else if (Array.isArray(data.staff) && !found) {
      out.push({ path: ['windows', index, 'staff', 'id'], message: `staff ${String(id)} is not in the hall's staff` });
    }
  });
}

/**
 * Reads a hall file (YAML, or JSON, which is YAML too) and checks it against the contract's
 * `Hall` and the cross checks; every problem carries its line and path.
 */
export function parseHall(text: string): ParsedHall {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((error) => ({ line: counter.linePos(error.pos[0]).line, path: '', message: error.message.split('\n')[0] })),
    };
  }
  if (!isCollection(doc.contents) || Array.isArray(doc.toJS())) {
    return { errors: [{ line: 1, path: '', message: 'expected a hall: a mapping with code, name, regionCode, windows, categories …' }] };
  }
  const data = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  const problems: HallProblem[] = [];
  resolveWindowStaff(data, problems);
  unknownFields(Hall as unknown as AnySchema, data, [], problems);
  const result = v.safeParse(Hall, data);
  if (!result.success) {
    for (const issue of result.issues) {
      const path = (issue.path ?? []).map((segment) => segment.key as Key);
      const missing = issue.message.startsWith('Invalid key:') && issue.received === 'undefined';
      problems.push({ path, message: missing ? 'missing required field' : issue.message });
    }
  } else if (problems.length === 0) {
    problems.push(...crossCheck(result.output));
  }
  if (problems.length > 0 || !result.success) {
    const errors = problems.map((problem) => ({
      line: lineOf(doc, counter, problem.path),
      path: formatPath(problem.path),
      message: problem.message,
    }));
    errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { errors };
  }
  return { hall: result.output, errors: [] };
}
