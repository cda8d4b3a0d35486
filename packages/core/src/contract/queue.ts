import * as v from 'valibot';
import { Code, DateString, Text, Timestamp } from './common.js';
import { TICKET_NUMBER_WIDTH_MAX, TICKET_NUMBER_WIDTH_MIN } from './hall.js';
import { RATING_TOKEN, RATING_TOKEN_MAX } from './rating-rules.js';

export const TicketRequest = v.strictObject({
  category: Code,
  /** Ask for the priority queue (elderly, disabled, 绿色通道). */
  priority: v.optional(v.boolean()),
  /** 预约签到: the appointment's code. */
  appointmentCode: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{4,32}$/, 'an appointment code'))),
});
export type TicketRequest = v.InferOutput<typeof TicketRequest>;

export const TICKET_STATUSES = ['waiting', 'called', 'done', 'skipped'] as const;

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
  estimatedWaitMinutes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  takenAt: Timestamp,
  calledAt: v.optional(Timestamp),
  /** The window it was called to. */
  window: v.optional(Code),
  hallName: Text(80),
  /** Service day, `YYYY-MM-DD`: numbers restart each day. */
  day: DateString,
});
export type Ticket = v.InferOutput<typeof Ticket>;

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
  /** Set by `complete`: the transaction the pad now asks the visitor to rate. */
  rating: v.optional(RatingTarget),
  /** Set by `complete`: the token to rate it with (e.g. for a QR code on a printed receipt). */
  ratingToken: v.optional(RatingToken),
});
export type WindowActionResult = v.InferOutput<typeof WindowActionResult>;
