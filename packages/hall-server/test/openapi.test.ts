import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HallEvent } from '@zhengwu/core/contract';
import { createApp } from '../src/app.js';
import type { AppServices } from '../src/services.js';
import { DB_KIND, STAFF_TOKEN, request, startTestServer, staff, type TestServer } from './helpers.js';

/** `METHOD /path/{param}` of every route the app serves, as Hono registered them. */
function servedRoutes(): string[] {
  const app = createApp({ corsOrigins: [], staffToken: STAFF_TOKEN } as unknown as AppServices);
  const routes = app.routes
    .filter((route) => route.method !== 'ALL') // middleware
    .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
  return [...new Set(routes)].sort();
}

function documentedRoutes(doc: any): string[] {
  return Object.entries(doc.paths)
    .flatMap(([path, item]: [string, any]) => Object.keys(item).map((method) => `${method} ${path}`))
    .sort();
}

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refs(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.push(item);
      else refs(item, found);
    }
  }
  return found;
}

describe(`OpenAPI document (${DB_KIND})`, () => {
  let server: TestServer;
  let doc: any;
  before(async () => {
    server = await startTestServer();
    doc = (await request(server.url, '/api/openapi.json')).body;
  });
  after(async () => {
    await server.close();
  });

  test('is OpenAPI 3.1 and documents exactly the routes the app serves', () => {
    assert.equal(doc.openapi, '3.1.0');
    const served = servedRoutes();
    const documented = documentedRoutes(doc);
    assert.ok(served.length >= 18, `${served.length} routes`);
    assert.deepEqual(
      served.filter((route) => !documented.includes(route)),
      [],
      'served but not documented',
    );
    assert.deepEqual(
      documented.filter((route) => !served.includes(route)),
      [],
      'documented but not served',
    );
    for (const route of documented) {
      const [method, path] = route.split(' ');
      const operation = doc.paths[path][method];
      assert.ok(operation.summary, `${route} summary`);
      assert.ok(
        Object.keys(operation.responses).some((status) => status.startsWith('2')),
        `${route} success`,
      );
    }
  });

  test('every documented path is served', async () => {
    const sample: Record<string, string> = { '{code}': 'GA-001', '{year}': '2026', '{id}': 'unknown', '{window}': '1' };
    for (const [method, path] of documentedRoutes(doc).map((route) => route.split(' '))) {
      if (path === '/api/events') continue; // a stream: covered by events.test.ts
      const concrete = path.replace(/\{\w+\}/g, (name) => sample[name]);
      const res = await request(server.url, concrete, {
        method: method.toUpperCase(),
        headers: { ...staff, 'content-type': 'application/json' },
        body: method === 'post' ? '{}' : undefined,
      });
      assert.notEqual(res.body?.error?.code, 'not_found', `${method} ${path}`);
    }
  });

  test('schemas come from the contract and every $ref resolves', () => {
    const schemas = doc.components.schemas;
    for (const name of [
      'Hall',
      'Ticket',
      'TicketReceipt',
      'TicketRatingClaim',
      'TicketRequest',
      'TransferRequest',
      'QueueState',
      'WindowState',
      'WaitRange',
      'CompleteRequest',
      'RatingTarget',
      'WindowActionResult',
      'ProgressQuery',
      'Application',
      'RatingSubmission',
      'Rating',
      'RatingStats',
      'HallEvent',
      'CalendarYear',
      'CatalogResponse',
      'ServiceItem',
      'ApiErrorBody',
      'Health',
    ]) {
      assert.ok(schemas[name], name);
    }
    for (const ref of refs(doc)) {
      const match = /^#\/components\/schemas\/(\w+)$/.exec(ref);
      assert.ok(match && schemas[match[1]], `unresolved ${ref}`);
    }
    assert.equal(schemas.TicketRequest.additionalProperties, false);
    assert.deepEqual(schemas.TicketRequest.required, ['category']);
    assert.deepEqual(schemas.RatingSubmission.required, ['transactionId', 'token', 'level', 'channel']);
    assert.deepEqual(schemas.RatingSubmission.properties.level.enum, [
      'very-satisfied',
      'satisfied',
      'basic',
      'dissatisfied',
      'very-dissatisfied',
    ]);
    // One schema per event type of the contract.
    assert.equal(schemas.HallEvent.oneOf.length, HallEvent.options.length);
    assert.deepEqual(doc.paths['/api/ratings'].post.requestBody.content['application/json'].schema, {
      $ref: '#/components/schemas/RatingSubmission',
    });
    assert.deepEqual(doc.paths['/api/tickets'].post.responses['201'].content['application/json'].schema, {
      $ref: '#/components/schemas/TicketReceipt',
    });
    assert.deepEqual(schemas.TicketReceipt.required.filter((name: string) => ['secret', 'shortCode'].includes(name)).sort(), [
      'secret',
      'shortCode',
    ]);
    assert.deepEqual(schemas.Ticket.properties.estimatedWait, { $ref: '#/components/schemas/WaitRange' });
    assert.equal(schemas.Ticket.properties.secret, undefined, 'a ticket never carries its secret');
    assert.ok(doc.paths['/api/tickets'].post.parameters.some((p: any) => p.name === 'Idempotency-Key' && p.in === 'header'));
    assert.deepEqual(doc.paths['/api/tickets/{id}'].get.security, [{ ticketSecret: [] }]);
    assert.deepEqual(doc.paths['/api/events'].get.security, [{}, { padToken: [] }, { ticketSecret: [] }]);
    assert.ok(doc.paths['/api/events'].get.parameters.some((p: any) => p.name === 'ticket' && p.in === 'query'));
    assert.deepEqual(doc.paths['/api/queue'].get.responses['200'].content['application/json'].schema, {
      $ref: '#/components/schemas/QueueState',
    });
    assert.deepEqual(doc.paths['/api/tickets/rating-token'].post.requestBody.content['application/json'].schema, {
      $ref: '#/components/schemas/TicketRatingClaim',
    });
    assert.equal(doc.paths['/api/windows/{window}/transfer'].post.requestBody.required, true);
    for (const action of ['call-next', 'recall', 'no-show', 'transfer', 'pause', 'resume', 'complete']) {
      assert.deepEqual(doc.paths[`/api/windows/{window}/${action}`].post.security, [{ staffToken: [] }], action);
    }
    const key = doc.paths['/api/ratings'].post.parameters.find((p: any) => p.name === 'Idempotency-Key');
    assert.equal(key.required, true);
    assert.deepEqual(doc.paths['/api/windows/{window}/complete'].post.security, [{ staffToken: [] }]);
    assert.deepEqual(doc.paths['/api/calendar/{year}'].put.security, [{ staffToken: [] }]);
    assert.deepEqual(doc.paths['/api/windows/{window}/rating-request'].get.security, [{ padToken: [] }]);
    assert.deepEqual(doc.paths['/api/transactions/{id}/rating-token'].post.security, [{ staffToken: [] }]);
    assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['kioskToken', 'padToken', 'staffToken', 'ticketSecret']);
    assert.deepEqual(doc.paths['/api/tickets'].post.security, [{}, { kioskToken: [] }]);
    for (const status of ['401', '409', '410']) assert.ok(doc.paths['/api/ratings'].post.responses[status], status);
    assert.ok(schemas.PendingRatingRequest && schemas.RatingRequest);
    assert.deepEqual(
      doc.paths['/api/progress'].get.parameters.map((p: any) => [p.name, p.in, p.required]),
      [
        ['id', 'query', true],
        ['secret', 'query', true],
      ],
    );
  });
});
