import * as v from 'valibot';

/** Every error the hall server sends: a stable code, a clear message, and where it was wrong. */
export const ApiErrorBody = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    issues: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
  }),
});
export type ApiErrorBody = v.InferOutput<typeof ApiErrorBody>;

export const Health = v.object({ status: v.literal('ok'), database: v.string(), time: v.string() });
export type Health = v.InferOutput<typeof Health>;
