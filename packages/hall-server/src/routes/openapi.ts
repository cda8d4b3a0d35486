import { Hono } from 'hono';
import { openApiDocument } from '../openapi/document.js';

/** `/api/openapi.json`: the API described, built on first request. */
export function openApiRoutes(): Hono {
  const routes = new Hono();
  let body: string | undefined;
  routes.get('/', (c) => {
    body ??= JSON.stringify(openApiDocument());
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(body);
  });
  return routes;
}
