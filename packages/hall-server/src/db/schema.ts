import type { Generated } from 'kysely';

/**
 * Tables. Both databases store the same column types: text for JSON, timestamps
 * (`…+08:00`, sortable) and days; integers 0/1 for booleans.
 */
export interface MetaTable {
  key: string;
  value: string;
}

export interface HallTable {
  code: string;
  /** The whole Hall record (windows, categories, staff, rating reasons). */
  json: string;
}

export interface CatalogItemTable {
  code: string;
  basic_code: string;
  name: string;
  type: string;
  department: string;
  high_frequency: number;
  popularity: number;
  position: number;
  /** Space-separated readings, for SQL search. */
  pinyin_full: string;
  pinyin_initials: string;
  summary: string;
  item: string;
}

export interface CalendarYearTable {
  year: number;
  json: string;
}

/** Per service day and prefix (one prefix per category): numbering and queue length. */
export interface TicketCounterTable {
  day: string;
  prefix: string;
  last_number: number;
  /** Tickets issued without a kiosk token (phones, portals). */
  anonymous: Generated<number>;
  /** Tickets still waiting, kept with every change so nobody counts rows. */
  waiting: number;
  priority_waiting: number;
}

export interface TicketTable {
  id: string;
  day: string;
  prefix: string;
  number: number;
  category: string;
  priority: number;
  status: string;
  taken_at: string;
  called_at: string | null;
  done_at: string | null;
  window_id: string | null;
  appointment_code: string | null;
  /** sha256 (hex) of the ticket's follow secret; the secret itself is never stored. */
  secret_hash: string | null;
  /** sha256 (hex) of `<id>:<short code>`. */
  short_code_hash: string | null;
  /**
   * Place in the queue: elapsed time since a fixed point before the service day, scaled so
   * that a re-queued ticket fits between two others (`queue/order.ts`).
   */
  order_key: number;
  /** Checked in with an appointment (预约签到): called before walk-ins of its category. */
  appointment: number;
  recalls: number;
  requeues: number;
  /** Category it was transferred from (转办). */
  transferred_from: string | null;
  /** Transferred to this window: it calls the ticket before its own queue; no other window does. */
  target_window: string | null;
  /** The latest change (`TicketChange`), for the holder's screen. */
  last_change: string | null;
}

/** 预约: a code booked for a day and category; `ticket_id` once checked in. */
export interface AppointmentTable {
  code: string;
  day: string;
  category: string;
  ticket_id: string | null;
  checked_in_at: string | null;
}

/** Every change of a ticket (issued, called, recalled, requeued, …) and of a window (paused, resumed). */
export interface TicketEventTable {
  id: Generated<number>;
  ticket_id: string | null;
  kind: string;
  window_id: string | null;
  at: string;
}

/** A window's 暂停服务, shared by every server process. */
export interface WindowStateTable {
  window_id: string;
  paused: number;
  changed_at: string;
}

/** A finished piece of business (办件) and what a rating of it is bound to. */
export interface TransactionTable {
  id: string;
  window_id: string;
  window_name: string;
  staff_id: string | null;
  staff_name: string | null;
  staff_number: string | null;
  department: string;
  service_item_code: string | null;
  service_item_name: string | null;
  ticket_id: string | null;
  ticket_number: string | null;
  completed_at: string;
  /** The first answer to `complete` (JSON, without the token), for retries. */
  answer: string | null;
}

export interface RatingTable {
  id: string;
  transaction_id: string;
  level: string;
  channel: string;
  reasons: string;
  comment: string | null;
  /** Stored in full for the follow-up call; answered masked. */
  phone: string | null;
  rated_at: string;
  received_at: string;
  /** Service day of `rated_at`, for statistics. */
  day: string;
  region_code: string;
  window_id: string;
  window_name: string;
  department: string;
  staff_id: string | null;
}

/** Ratings per service day, window and department, kept up to date as ratings arrive. */
export interface RatingDayTable {
  day: string;
  window_id: string;
  window_name: string;
  department: string;
  total: number;
  satisfied: number;
  very_satisfied: number;
  satisfied_level: number;
  basic: number;
  dissatisfied: number;
  very_dissatisfied: number;
}

/** A fixed-window counter; `window_ends` in ms since the epoch. */
export interface LimitCounterTable {
  key: string;
  window_ends: number;
  count: number;
}

export interface IdempotencyKeyTable {
  key: string;
  request_hash: string;
  status_code: number;
  response: string;
  created_at: string;
}

export interface ApplicationTable {
  id: string;
  /** scrypt hash of the 查询码; the code itself is never stored. */
  secret_hash: string;
  applicant_name: string;
  applicant_id_number: string;
  /** The Application without the applicant. */
  json: string;
}

/** A rating of an application (一事一评): bound to it, not to a window. */
export interface ApplicationRatingTable {
  id: string;
  application_id: string;
  level: string;
  channel: string;
  reasons: string;
  comment: string | null;
  phone: string | null;
  rated_at: string;
  received_at: string;
  day: string;
  region_code: string;
  department: string;
  service_item_code: string;
  service_item_name: string;
}

/** Every imported calendar of a year; `calendar_years` holds the current one. */
export interface CalendarVersionTable {
  year: number;
  version: number;
  json: string;
  imported_at: string;
}

/** 一件事 bundles: the `ServiceBundle` record as JSON. */
export interface CatalogBundleTable {
  code: string;
  position: number;
  json: string;
}

export interface EventTable {
  id: Generated<number>;
  type: string;
  window_id: string | null;
  payload: string;
  created_at: string;
}

/** A clerk's credential: sha256 of 32 random bytes (random, so no slow hash is needed). */
export interface StaffCredentialTable {
  staff_id: string;
  hash: string;
  created_at: string;
}

/** A clerk signed in at a window; `expires_at` in ms since the epoch (the end of the service day). */
export interface StaffSessionTable {
  token_hash: string;
  window_id: string;
  staff_id: string;
  started_at: string;
  expires_at: number;
}

export interface Database {
  meta: MetaTable;
  hall: HallTable;
  catalog_items: CatalogItemTable;
  calendar_years: CalendarYearTable;
  ticket_counters: TicketCounterTable;
  tickets: TicketTable;
  appointments: AppointmentTable;
  ticket_events: TicketEventTable;
  window_states: WindowStateTable;
  transactions: TransactionTable;
  ratings: RatingTable;
  rating_days: RatingDayTable;
  limit_counters: LimitCounterTable;
  idempotency_keys: IdempotencyKeyTable;
  applications: ApplicationTable;
  application_ratings: ApplicationRatingTable;
  calendar_versions: CalendarVersionTable;
  events: EventTable;
  staff_credentials: StaffCredentialTable;
  staff_sessions: StaffSessionTable;
  catalog_bundles: CatalogBundleTable;
}
