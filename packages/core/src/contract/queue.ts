import * as v from 'valibot';
import { Code, DateString, Text, Timestamp } from './common.js';
import { Staff, TICKET_NUMBER_WIDTH_MAX, TICKET_NUMBER_WIDTH_MIN } from './hall.js';
import { RATING_TOKEN, RATING_TOKEN_MAX } from './rating-rules.js';

export const TicketRequest = v.strictObject({
  category: Code,
  /** Ask for the priority queue (elderly, disabled, 绿色通道). */
  priority: v.optional(v.boolean()),
  /** 预约签到: the appointment's code. */
  appointmentCode: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{4,32}$/, 'an appointment code'))),
});
export type TicketRequest = v.InferOutput<typeof TicketRequest>;

/**
 * waiting → called → done. `skipped` is 过号 that the hall's rule voided (a no-show that was not
 * re-queued); a re-queued no-show and a transferred ticket are `waiting` again.
 */
export const TICKET_STATUSES = ['waiting', 'called', 'done', 'skipped'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** An honest estimate: from `min` to `max` minutes (e.g. the median and the 90th percentile). */
export const WaitRange = v.pipe(
  v.object({
    min: v.pipe(v.number(), v.integer(), v.minValue(0)),
    max: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.check((range) => range.min <= range.max, 'min at most max'),
);
export type WaitRange = v.InferOutput<typeof WaitRange>;

/** What last happened to a ticket besides issue and call: shown on the phone page. */
export const TICKET_CHANGES = ['called', 'recalled', 'requeued', 'skipped', 'transferred', 'done'] as const;
export type TicketChange = (typeof TICKET_CHANGES)[number];

export const Ticket = v.object({
  id: v.string(),
  /** Prefix and zero-padded number, restarting daily: `A001` (the category's `numberWidth`). */
  number: v.pipe(
    v.string(),
    v.regex(new RegExp(`^[A-Z]\\d{${TICKET_NUMBER_WIDTH_MIN},${TICKET_NUMBER_WIDTH_MAX}}$`), 'a ticket number such as A001'),
  ),
  category: Code,
  categoryName: Text(40),
  priority: v.boolean(),
  status: v.picklist(TICKET_STATUSES),
  /** People in front of this ticket in its category. */
  ahead: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Until it is called; `{ min: 0, max: 0 }` once it is. */
  estimatedWait: WaitRange,
  takenAt: Timestamp,
  calledAt: v.optional(Timestamp),
  /** The window it was called (or transferred) to. */
  window: v.optional(Code),
  windowName: v.optional(Text(40)),
  hallName: Text(80),
  /** Service day, `YYYY-MM-DD` in the hall's time zone: numbers restart each day. */
  day: DateString,
  /** 预约签到: taken with an appointment code (goes ahead of walk-ins of its category). */
  appointment: v.optional(v.boolean()),
  /** Times the window called it again (recall). */
  recalls: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Times a no-show (过号) put it back in the queue. */
  requeues: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Category it was transferred from (转办). */
  transferredFrom: v.optional(Code),
  /** The latest change, for the holder's screen. */
  lastChange: v.optional(v.picklist(TICKET_CHANGES)),
});
export type Ticket = v.InferOutput<typeof Ticket>;

/** The ticket's follow secret: 22 base64url characters (128 random bits). */
export const TICKET_SECRET = /^[A-Za-z0-9_-]{22}$/;
export const TicketSecret = v.pipe(v.string(), v.regex(TICKET_SECRET, 'a ticket secret'));
/** Printed on the ticket beside the number (验证码): typed at a kiosk to rate after leaving the window. */
export const TICKET_SHORT_CODE = /^\d{6}$/;
export const TicketShortCode = v.pipe(v.string(), v.regex(TICKET_SHORT_CODE, 'six digits'));

/**
 * The answer to `POST /tickets`, for the visitor who took it only: the ticket plus what proves
 * holding it. `secret` goes in the phone link (`/ticket?id=…&secret=…`); `shortCode` is printed.
 * Neither ever appears in an event or another answer.
 */
export const TicketReceipt = v.object({
  ...Ticket.entries,
  secret: TicketSecret,
  shortCode: TicketShortCode,
});
export type TicketReceipt = v.InferOutput<typeof TicketReceipt>;

/**
 * `POST /tickets/rating-token`: after `complete`, the ticket's holder gets that transaction's
 * rating token, once: by the phone link (`id` + `secret`) or by what is printed (`number` +
 * `shortCode`, today's tickets, guess-limited).
 */
export const TicketRatingClaim = v.union([
  v.strictObject({ id: v.pipe(v.string(), v.uuid()), secret: TicketSecret }),
  v.strictObject({ number: v.pipe(v.string(), v.regex(/^[A-Z]\d{2,6}$/, 'a ticket number such as A001')), shortCode: TicketShortCode }),
]);
export type TicketRatingClaim = v.InferOutput<typeof TicketRatingClaim>;

/** `POST /windows/{id}/transfer` (转办): to another category's queue, or to one window. */
export const TransferRequest = v.pipe(
  v.strictObject({ category: v.optional(Code), window: v.optional(Code) }),
  v.check((request) => (request.category === undefined) !== (request.window === undefined), 'either a category or a window'),
);
export type TransferRequest = v.InferOutput<typeof TransferRequest>;

/** Why a category issues no ticket right now: shown as closed, never as an error. */
export const CATEGORY_CLOSED_REASONS = ['outside_issuing_hours', 'daily_quota_reached', 'numbers_exhausted', 'no_open_window'] as const;

/** One category as the ticket screen and the board show it. */
export const CategoryState = v.object({
  code: Code,
  waiting: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** How long a ticket taken now would wait. */
  estimatedWait: WaitRange,
  open: v.boolean(),
  closedReason: v.optional(v.picklist(CATEGORY_CLOSED_REASONS)),
  /** Tickets still to be issued today under the quota; absent when unlimited. */
  left: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type CategoryState = v.InferOutput<typeof CategoryState>;

/** One window as the board and the counters show it. */
export const WindowState = v.object({
  id: Code,
  /** 暂停服务. */
  paused: v.boolean(),
  /** The ticket being served there. */
  serving: v.optional(v.object({ number: v.string(), category: Code })),
  /** The signed-in clerk (name and 工号 are on the window's staff card anyway). */
  staff: v.optional(v.object({ id: Code, name: Text(40), number: Text(20), photoUrl: v.optional(v.string()) })),
});
export type WindowState = v.InferOutput<typeof WindowState>;

/** A call as the board lists it. */
export const QueueCall = v.object({
  number: v.string(),
  category: Code,
  window: Code,
  windowName: Text(40),
  at: Timestamp,
  recall: v.boolean(),
});
export type QueueCall = v.InferOutput<typeof QueueCall>;

/** `GET /queue` (public): what a ticket screen, a board or a counter starts from, then follows by events. */
export const QueueState = v.object({
  day: DateString,
  at: Timestamp,
  categories: v.array(CategoryState),
  windows: v.array(WindowState),
  /** Newest first, at most 10. */
  recentCalls: v.array(QueueCall),
});
export type QueueState = v.InferOutput<typeof QueueState>;

/** `POST /windows/{id}/sign-in`: a clerk's own credential (from the `staff-credential` command). */
export const SignInRequest = v.strictObject({
  staffId: Code,
  credential: v.pipe(v.string(), v.minLength(16), v.maxLength(128)),
});
export type SignInRequest = v.InferOutput<typeof SignInRequest>;

/** A clerk signed in at a window: `token` authorizes that window's actions until sign-out or the day ends. */
export const StaffSession = v.object({
  window: Code,
  staff: Staff,
  token: v.pipe(v.string(), v.minLength(16), v.maxLength(200)),
  expiresAt: Timestamp,
});
export type StaffSession = v.InferOutput<typeof StaffSession>;

/** What a window's clerk sends when the visitor's business is done. */
export const CompleteRequest = v.strictObject({
  /** 办件编号 of the transaction just finished; generated when absent. */
  transactionId: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,50}$/, 'a transaction id of up to 50 letters, digits or -'))),
  /** 事项 code of what was done. */
  serviceItemCode: v.optional(Code),
});
export type CompleteRequest = v.InferOutput<typeof CompleteRequest>;

/** What a rating is bound to: recorded by `complete`, never chosen by the rater. */
export const RatingTarget = v.object({
  transactionId: v.string(),
  windowId: Code,
  windowName: Text(40),
  staffId: v.optional(Code),
  staffName: v.optional(Text(40)),
  staffNumber: v.optional(Text(20)),
  department: Text(80),
  serviceItemCode: v.optional(Code),
  serviceItemName: v.optional(Text(120)),
  ticketNumber: v.optional(v.string()),
  completedAt: Timestamp,
});
export type RatingTarget = v.InferOutput<typeof RatingTarget>;

/**
 * 评价凭证: a signed, expiring token that allows one rating of one transaction. The hall server
 * issues it to the window's pad (which also puts it in the QR link for the phone) and to the
 * hall's own systems; `POST /ratings` takes nothing without it. `<payload>.<signature>`, both
 * base64url: anyone can read the payload (`ratingTokenClaims`), only the server can sign it.
 */
export const RatingToken = v.pipe(
  v.string(),
  v.maxLength(RATING_TOKEN_MAX),
  v.regex(RATING_TOKEN, 'a rating token issued by the hall server'),
);

/** What a window's pad is asked to rate: the transaction, and the token to rate it with. */
export const RatingRequest = v.object({
  target: RatingTarget,
  token: RatingToken,
  /** When the token stops being accepted. */
  expiresAt: Timestamp,
});
export type RatingRequest = v.InferOutput<typeof RatingRequest>;

/** `GET /windows/{id}/rating-request` (pad token): the request a pad that just connected missed. */
export const PendingRatingRequest = v.object({
  window: Code,
  /** `null` when nothing at this window waits for a rating. */
  request: v.nullable(RatingRequest),
});
export type PendingRatingRequest = v.InferOutput<typeof PendingRatingRequest>;

export const WindowActionResult = v.object({
  window: Code,
  ticket: v.nullable(Ticket),
  /** The window after the action (paused or not, who is serving). */
  state: v.optional(WindowState),
  /** Set by `complete`: the transaction the pad now asks the visitor to rate. */
  rating: v.optional(RatingTarget),
  /** Set by `complete`: the token to rate it with (e.g. for a QR code on a printed receipt). */
  ratingToken: v.optional(RatingToken),
});
export type WindowActionResult = v.InferOutput<typeof WindowActionResult>;
