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
  QueueState,
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
  TicketRatingClaim,
  TicketReceipt,
  TicketRequest,
  TransferRequest,
  WaitRange,
  WindowActionResult,
  SignInRequest,
  StaffSession,
  WindowState,
} from '@zhengwu/core/contract';
import { EventsQuery } from '../http/schemas.js';

/** Every schema in the document comes from the same valibot definitions the server validates with. */
const definitions = {
  Hall,
  QueueCategory,
  ServiceWindow,
  TicketRequest,
  Ticket,
  TicketReceipt,
  TicketRatingClaim,
  WaitRange,
  QueueState,
  WindowState,
  TransferRequest,
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
const TICKET = [{ ticketSecret: [] as string[] }];
const IDEMPOTENCY_KEY = (description: string) => ({
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description,
  schema: { type: 'string', minLength: 1, maxLength: 100 },
});

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

function windowAction(summary: string, body?: SchemaName, conflict = 'Conflict.') {
  const idempotent = body === 'CompleteRequest';
  return {
    post: {
      summary,
      tags: ['window'],
      security: STAFF,
      parameters: [
        pathParameter('window', 'Window id, e.g. `3`.'),
        ...(idempotent
          ? [IDEMPOTENCY_KEY('Required without `transactionId`: a retry with the same key and body gets the first answer.')]
          : []),
      ],
      ...(body ? { requestBody: { required: body === 'TransferRequest', content: json(body) } } : {}),
      responses: {
        '200': { description: 'The window and its ticket (null when none).', content: json('WindowActionResult') },
        '401': error('Missing or wrong staff token.'),
        '404': error('Unknown window.'),
        '409': error(
          idempotent
            ? 'The transaction id or Idempotency-Key was used at another window or with another body (a repeat of the same gets the first answer, token included).'
            : conflict,
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
        ticketSecret: {
          type: 'http',
          scheme: 'bearer',
          description: "A ticket's follow secret, from its receipt (`POST /api/tickets`): only its holder follows it",
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
          parameters: [
            IDEMPOTENCY_KEY(
              'A repeat with the same key (from the same kiosk, or the same client address) and body answers the same receipt and never issues a second number.',
            ),
          ],
          requestBody: { required: true, content: json('TicketRequest') },
          responses: {
            '201': {
              description: 'The receipt: the ticket, its follow secret and its printed short code (answered here only, never in an event).',
              headers: { Location: { schema: { type: 'string' } } },
              content: json('TicketReceipt'),
            },
            '401': error('An Authorization header that is not a kiosk token.'),
            '403': error('`anonymous_tickets_disabled`: tickets only at the kiosks.'),
            '404': error('`unknown_appointment`: no appointment today in this category has this code.'),
            '409': error(
              '`numbers_exhausted`, `daily_quota_reached`, `anonymous_quota_reached`, `outside_issuing_hours`, `appointment_used`, or `idempotency_key_reused` (another body).',
            ),
            '429': {
              ...error('`too_many_tickets` from this client for this category, or too many wrong appointment codes.'),
              headers: RETRY_AFTER,
            },
            ...COMMON_ERRORS,
            '422': error('Body does not match the schema, unknown category, or `appointment_code_required` (a 预约签到 category).'),
          },
        },
      },
      '/api/tickets/{id}': {
        get: {
          summary: 'A ticket with its current place in the queue and estimated wait (its holder only)',
          tags: ['queue'],
          security: TICKET,
          parameters: [pathParameter('id', 'Ticket id')],
          responses: {
            '200': { description: 'The ticket.', content: json('Ticket') },
            '404': error('Unknown ticket, or not its secret (the same answer for both: ids cannot be probed).'),
          },
        },
      },
      '/api/tickets/rating-token': {
        post: {
          summary: 'Rate the business a ticket ended in: its transaction and rating token, for the ticket holder',
          description:
            'By the phone link (`id` + `secret`) or by what is printed on the ticket (`number` + `shortCode`, today’s tickets only, guess-limited per number and per client address).',
          tags: ['queue', 'rating'],
          requestBody: { required: true, content: json('TicketRatingClaim') },
          responses: {
            '200': {
              description: 'The transaction and the token to rate it with (as the window’s pad gets it).',
              content: json('RatingRequest'),
            },
            '404': error('No ticket matches (the same answer for an unknown ticket and a wrong secret or code).'),
            '409': error('`not_completed`: not completed at a window yet; `already_rated`: rated (一次一评).'),
            '410': error('The time to rate this transaction has passed.'),
            '429': { ...error('Too many wrong short codes for this number or from this address.'), headers: RETRY_AFTER },
            ...COMMON_ERRORS,
          },
        },
      },
      '/api/queue': {
        get: {
          summary: 'The queue now: per category waiting, estimated wait, open or why closed; windows; the last 10 calls',
          description:
            'Public and cheap (answered from memory until an event changes it): a ticket screen, a board or a counter starts here, then follows events.',
          tags: ['queue'],
          responses: { '200': { description: 'The queue.', content: json('QueueState') } },
        },
      },
      '/api/windows/{window}/call-next': windowAction(
        'Call the next ticket (transferred to this window first, then priority, checked-in appointments, queue order)',
        undefined,
        '`window_paused`: a paused window cannot call.',
      ),
      '/api/windows/{window}/recall': windowAction('Call the current ticket again (`ticket-called` with `recall: true`)'),
      '/api/windows/{window}/no-show': windowAction(
        "过号: the hall's no-show rule re-queues the current ticket a few places back, or voids it (`skipped`)",
      ),
      '/api/windows/{window}/transfer': windowAction(
        '转办: the current ticket to another category (its number and original place kept) or to one window',
        'TransferRequest',
        '`no_current_ticket`: nothing is being served here.',
      ),
      '/api/windows/{window}/pause': windowAction(
        '暂停服务: the window calls nothing and opens no category until resumed (`window-changed`)',
      ),
      '/api/windows/{window}/resume': windowAction('Back in service after a pause (`window-changed`)'),
      '/api/windows/{window}/complete': windowAction('Finish the business: records the transaction to rate', 'CompleteRequest'),
      ...staffPaths(),
      '/api/events': {
        get: {
          summary: 'Live hall events (server-sent events; `event:` is the type, `data:` a HallEvent)',
          description:
            "Public without credentials, but without rating events, ticket secrets or short codes. A pad sends `?window=` and its pad token to get that window's rating requests, each with its rating token. A phone sends `?ticket=` and the ticket's secret to get only `ticket-changed` events of that ticket (its place, estimate or status changed).",
          tags: ['events'],
          security: [{}, ...PAD, ...TICKET],
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
            '401': error('An Authorization header that is not the pad token of `window`, or not the secret of `ticket`.'),
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
