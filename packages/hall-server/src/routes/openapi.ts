import type { Hono } from 'hono';
import { openApiDocument } from '../openapi/document.js';

export function openApiRoutes(app: Hono): void {
  let body: string | undefined;
  app.get('/api/openapi.json', (c) => {
    body ??= JSON.stringify(openApiDocument());
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(body);
  });
}
