import type { Context } from 'hono';
import * as v from 'valibot';
import { ApiError, toIssues } from './errors.js';
import { readBodyText } from './raw-body.js';

const JSON_TYPE = /^application\/(?:[\w.+-]*\+)?json(?:\s*;|$)/i;

/**
 * Reads a JSON body and validates it. JSON is required as the content type, which also
 * makes a cross-origin browser ask first (CORS preflight) before it may post.
 */
export async function readJson<S extends v.GenericSchema>(
  c: Context,
  schema: S,
  limit: number,
  options: { emptyAs?: unknown } = {},
): Promise<{ value: v.InferOutput<S>; raw: unknown }> {
  const text = await readBodyText(c, limit);
  let raw: unknown;
  if (text.trim() === '') {
    if (options.emptyAs === undefined) throw new ApiError(400, 'empty_body', 'A JSON body is required.');
    raw = options.emptyAs;
  } else {
    const type = c.req.header('content-type') ?? '';
    if (!JSON_TYPE.test(type)) {
      throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json.');
    }
    try {
      raw = JSON.parse(text);
    } catch {
      throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
    }
  }
  return { value: validate(schema, raw, 422), raw };
}

/** Validates a value; 400 for query and path parameters, 422 for bodies. */
export function validate<S extends v.GenericSchema>(schema: S, input: unknown, status: 400 | 422): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (!result.success) {
    throw new ApiError(
      status,
      status === 400 ? 'invalid_parameters' : 'validation_failed',
      status === 400 ? 'The request parameters are not valid.' : 'The request body is not valid.',
      toIssues(result.issues),
    );
  }
  return result.output;
}
