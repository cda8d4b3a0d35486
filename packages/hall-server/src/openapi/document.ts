import { toJsonSchemaDefs, type JsonSchema } from '@valibot/to-json-schema';
import {
  ApiErrorBody,
  Application,
  BundleGuide,
  BundlesResponse,
  CalendarImport,
  CalendarYear,
  CatalogResponse,
  CompleteRequest,
  Hall,
  HallEvent,
  Health,
  PendingRatingRequest,
  ProgressQuery,
  QueueCategory,
  Rating,
  RatingStats,
  RatingStatsQuery,
  RatingSubmission,
  RatingRequest,
  RatingTarget,
  ServiceItem,
  ServiceItemSummary,
  ServiceWindow,
  Ticket,
  TicketRequest,
  WindowActionResult,
  SignInRequest,
  StaffSession,
} from '@zhengwu/core/contract';
import { EventsQuery } from '../http/schemas.js';

/** Every schema in the document comes from the same valibot definitions the server validates with. */
const definitions = {
  Hall,
  QueueCategory,
  ServiceWindow,
  TicketRequest,
  Ticket,
  CompleteRequest,
  RatingTarget,
  WindowActionResult,
  ProgressQuery,
  Application,
  RatingSubmission,
  Rating,
  RatingStats,
  RatingRequest,
  PendingRatingRequest,
  HallEvent,
  CalendarYear,
  CalendarImport,
  CatalogResponse,
  ServiceItem,
  ServiceItemSummary,
  BundlesResponse,
  BundleGuide,
  ApiErrorBody,
  Health,
  RatingStatsQuery,
  EventsQuery,
  SignInRequest,
  StaffSession,
};
type SchemaName = keyof typeof definitions;

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: SchemaName) => ({ 'application/json': { schema: ref(name) } });
const error = (description: string) => ({ description, content: json('ApiErrorBody') });

const COMMON_ERRORS = {
  '400': error('Malformed request: invalid JSON, parameters or headers (`issues` says where).'),
  '413': error('Body larger than the limit.'),
  '415': error('Body is not application/json.'),
  '422': error('Body does not match the schema (`issues` says where).'),
  '500': error('Unexpected error; details are logged on the server only.'),
};

const STAFF = [{ staffToken: [] as string[] }];
const KIOSK = [{ kioskToken: [] as string[] }];
const RETRY_AFTER = { 'Retry-After': { schema: { type: 'integer' } } };
const PAD = [{ padToken: [] as string[] }];

function queryParameters(schema: JsonSchema, required: readonly string[] = []) {
  const properties = (schema as { properties?: Record<string, JsonSchema> }).properties ?? {};
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    schema: property,
  }));
}

const pathParameter = (name: string, description: string, schema: JsonSchema = { type: 'string' }) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema,
});

function windowAction(summary: string, body?: SchemaName) {
  const idempotent = body === 'CompleteRequest';
  return {
    post: {
      summary,
      tags: ['window'],
      security: STAFF,
      parameters: [
        pathParameter('window', 'Window id, e.g. `3`.'),
        ...(idempotent
          ? [
              {
                name: 'Idempotency-Key',
                in: 'header',
                required: false,
                description: 'Required without `transactionId`: a retry with the same key and body gets the first answer.',
                schema: { type: 'string', minLength: 1, maxLength: 100 },
              },
            ]
          : []),
      ],
      ...(body ? { requestBody: { required: false, content: json(body) } } : {}),
      responses: {
        '200': { description: 'The window and its ticket (null when none).', content: json('WindowActionResult') },
        '401': error('Missing or wrong staff token.'),
        '404': error('Unknown window.'),
        '409': error(
          idempotent
            ? 'The transaction id or Idempotency-Key was used at another window or with another body (a repeat of the same gets the first answer, token included).'
            : 'Conflict.',
        ),
        ...COMMON_ERRORS,
      },
    },
  };
}

/** A clerk signing in at a window (`staff-credential` gives the credential). */
function staffPaths() {
  const window = pathParameter('window', 'Window id, e.g. `3`.');
  // The session token, in the staff token's scheme (bearer).
  const session = STAFF;
  return {
    '/api/windows/{window}/sign-in': {
      post: {
        summary: "Sign in at the window with the clerk's credential; ends their session elsewhere and anyone's here",
        tags: ['window'],
        parameters: [window],
        requestBody: { required: true, content: json('SignInRequest') },
        responses: {
          '200': {
            description: 'The session; its token authorizes this window until sign-out or the end of the day.',
            content: json('StaffSession'),
          },
          '401': error('Wrong staff id or credential.'),
          '404': error('Unknown window.'),
          '429': { ...error('Too many wrong credentials for this staff id or from this address.'), headers: RETRY_AFTER },
        },
      },
    },
    '/api/windows/{window}/sign-out': {
      post: {
        summary: 'End the session',
        tags: ['window'],
        security: session,
        parameters: [window],
        responses: {
          '204': { description: 'Signed out.' },
          '401': error('No live session.'),
          '403': error('A session of another window.'),
        },
      },
    },
    '/api/windows/{window}/session': {
      get: {
        summary: 'The live session of this token (a reloaded counter page)',
        tags: ['window'],
        security: session,
        parameters: [window],
        responses: {
          '200': { description: 'The session.', content: json('StaffSession') },
          '401': error('No live session.'),
          '403': error('A session of another window.'),
        },
      },
    },
  };
}

export function openApiDocument(): Record<string, unknown> {
  const schemas = toJsonSchemaDefs(definitions, {
    target: 'draft-2020-12',
    // Checks that JSON Schema cannot express (e.g. "a 差评 needs a reason") stay in the server.
    errorMode: 'ignore',
    overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'zhengwu-kit hall server',
      version: '0.1.0',
      description: 'Catalog, calendar, queue tickets, window actions, 好差评 ratings, progress lookup and live events of one service hall.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas,
      securitySchemes: {
        staffToken: {
          type: 'http',
          scheme: 'bearer',
          description: "HALL_STAFF_TOKEN; a window's actions also take the session token (StaffSession.token) of a clerk signed in there",
        },
        padToken: { type: 'http', scheme: 'bearer', description: "A window's pad token, derived from HALL_PAD_SECRET" },
        kioskToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A self-service kiosk token (npm run kiosk-token), derived from HALL_PAD_SECRET',
        },
      },
    },
    paths: {
      '/api/health': {
        get: { summary: 'Health', responses: { '200': { description: 'Up.', content: json('Health') }, '503': error('Database down.') } },
      },
      '/api/hall': {
        get: {
          summary: 'The hall: windows, queue categories, rating reasons',
          responses: { '200': { description: 'The hall.', content: json('Hall') } },
        },
      },
      '/api/catalog': {
        get: {
          summary: 'Service item summaries with pinyin',
          parameters: [{ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'The catalog; `ETag` holds its version.',
              headers: { ETag: { schema: { type: 'string' } } },
              content: json('CatalogResponse'),
            },
            '304': { description: 'Unchanged since the given ETag.' },
          },
        },
      },
      '/api/catalog/search-index': {
        get: {
          summary: 'The catalog search index, built for the current catalog version',
          description:
            'Little-endian Int32 words (format in packages/service-guide/src/search/index-format.ts) for `CatalogIndex.fromSerialized`; the same `ETag` as `/api/catalog`, so a client uses it only with the catalog of that version.',
          parameters: [{ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'The index; `ETag` is the catalog version it was built for.',
              headers: { ETag: { schema: { type: 'string' } } },
              content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
            },
            '304': { description: 'Unchanged since the given ETag.' },
          },
        },
      },
      '/api/catalog/{code}': {
        get: {
          summary: 'The full 办事指南 of one item',
          parameters: [pathParameter('code', '实施编码')],
          responses: { '200': { description: 'The item.', content: json('ServiceItem') }, '404': error('Unknown item.') },
        },
      },
      '/api/catalog/bundles': {
        get: {
          summary: 'The 一件事 bundles: life events and the items each takes',
          responses: { '200': { description: 'The bundles, in catalog order.', content: json('BundlesResponse') } },
        },
      },
      '/api/catalog/bundles/{code}': {
        get: {
          summary: "One bundle with the full 办事指南 of each of its items, in the bundle's order",
          parameters: [pathParameter('code', 'the bundle code, e.g. birth')],
          responses: { '200': { description: 'The bundle and its items.', content: json('BundleGuide') }, '404': error('Unknown bundle.') },
        },
      },
      '/api/calendar/{year}': {
        get: {
          summary: 'Working-day calendar of a year (provisional when unpublished)',
          parameters: [pathParameter('year', 'e.g. 2026', { type: 'integer', minimum: 2000, maximum: 2100 })],
          responses: { '200': { description: 'The year.', content: json('CalendarYear') }, '400': error('Not a year.') },
        },
        put: {
          summary: "Replace a year's calendar with the State Council's published days (new version; announces calendar-changed)",
          tags: ['calendar'],
          security: STAFF,
          parameters: [pathParameter('year', 'e.g. 2027', { type: 'integer', minimum: 2000, maximum: 2100 })],
          requestBody: { required: true, content: json('CalendarImport') },
          responses: {
            '201': { description: 'Imported as a new version.', content: json('CalendarYear') },
            '200': { description: 'The same days as the current version: nothing changed.', content: json('CalendarYear') },
            '401': error('Missing or wrong staff token.'),
            ...COMMON_ERRORS,
          },
        },
      },
      '/api/tickets': {
        post: {
          summary: 'Take a queue ticket',
          description:
            'A kiosk sends its kiosk token; without one (a phone, a portal) issuing is limited per client and category, takes at most a share of the numbers, and may be switched off.',
          tags: ['queue'],
          security: [{}, ...KIOSK],
          requestBody: { required: true, content: json('TicketRequest') },
          responses: {
            '201': { description: 'The ticket.', content: json('Ticket') },
            '401': error('An Authorization header that is not a kiosk token.'),
            '403': error('`anonymous_tickets_disabled`: tickets only at the kiosks.'),
            '409': error('`numbers_exhausted`, `daily_quota_reached`, `anonymous_quota_reached` or `outside_issuing_hours`.'),
            '429': { ...error('`too_many_tickets` from this client for this category.'), headers: RETRY_AFTER },
            ...COMMON_ERRORS,
          },
        },
      },
      '/api/tickets/{id}': {
        get: {
          summary: 'A ticket with its current place in the queue',
          tags: ['queue'],
          parameters: [pathParameter('id', 'Ticket id')],
          responses: { '200': { description: 'The ticket.', content: json('Ticket') }, '404': error('Unknown ticket.') },
        },
      },
      '/api/windows/{window}/call-next': windowAction('Call the next ticket (priority first, then oldest)'),
      '/api/windows/{window}/recall': windowAction('Call the current ticket again'),
      '/api/windows/{window}/complete': windowAction('Finish the business: records the transaction to rate', 'CompleteRequest'),
      ...staffPaths(),
      '/api/events': {
        get: {
          summary: 'Live hall events (server-sent events; `event:` is the type, `data:` a HallEvent)',
          description:
            "Public without credentials, but without rating events. A pad sends `?window=` and its pad token to get that window's rating requests, each with its rating token.",
          tags: ['events'],
          security: [{}, ...PAD],
          parameters: [
            ...queryParameters(schemas.EventsQuery),
            { name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string', pattern: '^\\d{1,15}$' } },
          ],
          responses: {
            '200': {
              description: 'An event stream; each `data:` is a HallEvent.',
              content: { 'text/event-stream': { schema: ref('HallEvent') } },
            },
            '400': error('Invalid filter or Last-Event-ID.'),
            '401': error('An Authorization header that is not the pad token of `window`.'),
            '429': { ...error('`too_many_streams` from this address.'), headers: RETRY_AFTER },
            '503': { ...error('`too_many_streams` in this server.'), headers: RETRY_AFTER },
          },
        },
      },
      '/api/windows/{window}/rating-request': {
        get: {
          summary: 'The rating request a pad missed while not connected (null when none)',
          tags: ['rating'],
          security: PAD,
          parameters: [pathParameter('window', 'Window id, e.g. `3`.')],
          responses: {
            '200': { description: 'The pending request, or null.', content: json('PendingRatingRequest') },
            '401': error('Missing or wrong pad token for this window.'),
            '404': error('Unknown window.'),
          },
        },
      },
      '/api/transactions/{id}/rating-token': {
        post: {
          summary: 'A fresh rating token for a finished, unrated transaction (e.g. for a portal)',
          tags: ['rating'],
          security: STAFF,
          parameters: [pathParameter('id', '办件编号')],
          responses: {
            '200': { description: 'The transaction and its token.', content: json('RatingRequest') },
            '401': error('Missing or wrong staff token.'),
            '404': error('Unknown transaction.'),
            '409': error('Already rated.'),
          },
        },
      },
      '/api/progress': {
        get: {
          summary: '办件进度 by number and secret (personal data masked)',
          tags: ['progress'],
          parameters: queryParameters(schemas.ProgressQuery, ['id', 'secret']),
          responses: {
            '200': { description: 'The application.', content: json('Application') },
            '400': error('Invalid parameters.'),
            '404': error('No application matches this number and secret (the same answer for both).'),
            '429': { ...error('Too many wrong secrets for this number (from any address) or from this address.'), headers: RETRY_AFTER },
          },
        },
      },
      '/api/ratings': {
        post: {
          summary: '好差评: rate a finished transaction (once; exactly once per Idempotency-Key)',
          tags: ['rating'],
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', minLength: 1, maxLength: 100 } }],
          requestBody: { required: true, content: json('RatingSubmission') },
          responses: {
            '201': { description: 'Recorded.', content: json('Rating') },
            '200': { description: 'The same rating was recorded before under another key.', content: json('Rating') },
            '401': error('The rating token was not issued by this hall, or for another transaction.'),
            '409': error('The transaction has another rating (一次一评): its token is spent.'),
            '410': error('The rating token has expired.'),
            ...COMMON_ERRORS,
            '422': error('Invalid body, unknown reason or transaction, or the key was used with another body.'),
          },
        },
      },
      '/api/ratings/stats': {
        get: {
          summary: '满意率 and counts by level, window, department and day',
          tags: ['rating'],
          parameters: queryParameters(schemas.RatingStatsQuery),
          responses: {
            '200': { description: 'Statistics.', content: json('RatingStats') },
            '400': error('Invalid parameters: a date that does not exist, `from` after `to`, or more than 366 days.'),
          },
        },
      },
      '/api/openapi.json': {
        get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1.' } } },
      },
    },
  };
}
