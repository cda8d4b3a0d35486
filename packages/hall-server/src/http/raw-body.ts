import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { ApiError } from './errors.js';

const tooLarge = (limit: number) => new ApiError(413, 'payload_too_large', `The body may be at most ${limit} bytes.`);

/**
 * The request body as text, at most `limit` bytes, read straight from Node's request stream:
 * a declared length over the limit is refused before reading, a chunked body as soon as it
 * passes the limit. (Going through the fetch `Request` body stream costs several times more.)
 */
export function readBodyText(c: Context, limit: number): Promise<string> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming) {
    return c.req.text().then((text) => {
      if (Buffer.byteLength(text) > limit) throw tooLarge(limit);
      return text;
    });
  }
  const declared = Number(incoming.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  if (incoming.readableEnded) return Promise.resolve('');
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onFail);
      incoming.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        // Keep the stream flowing so that the rest is discarded, not buffered.
        incoming.resume();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size).toString('utf8'));
    };
    const onFail = () => {
      cleanup();
      reject(new ApiError(400, 'incomplete_body', 'The body ended before it was complete.'));
    };
    const onClose = () => {
      if (!incoming.readableEnded) onFail();
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onFail);
    incoming.on('close', onClose);
  });
}
