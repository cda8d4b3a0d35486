import type { Hall } from '@zhengwu/core/contract';
import type { StreamLimits } from './events/stream-limits.js';
import type { TrustedProxies } from './http/client-address.js';
import type { RateLimiter } from './http/rate-limit.js';
import type { SharedCounter } from './http/shared-counter.js';
import type { GuessLimit } from './progress/guess-limit.js';
import type { CatalogCache } from './items/catalog-cache.js';
import type { ProgressDesk } from './progress/progress-desk.js';
import type { TicketWatch } from './events/ticket-watch.js';
import type { ClaimLimit } from './queue/claim-limit.js';
import type { HallZone } from './queue/hall-zone.js';
import type { QueueStateCache } from './queue/queue-state.js';
import type { TicketIssuer } from './queue/ticket-issuer.js';
import type { ReceiptKeys } from './queue/ticket-secrets.js';
import type { WindowStaffSource, WindowStates } from './queue/window-states.js';
import type { WaitEstimator } from './queue/wait-estimator.js';
import type { WindowDesk } from './queue/window-desk.js';
import type { RatingDesk } from './ratings/rating-desk.js';
import type { HallKeys } from './ratings/tokens.js';
import type { StaffDesk } from './staff/staff-desk.js';
import type { HallStore } from './store.js';

/** Everything the routes use, built once by the server. */
export interface AppServices {
  store: HallStore;
  hall: Hall;
  catalog: CatalogCache;
  issuer: TicketIssuer;
  estimator: WaitEstimator;
  windows: WindowDesk;
  /** The hall's time zone: the queue's day, issuing hours, timestamps. */
  zone: HallZone;
  /** Paused windows, shared by every process. */
  windowStates: WindowStates;
  /** Who serves at a window (the signed-in clerk, or the configured staff). */
  staffSource: WindowStaffSource;
  /** `GET /queue`, kept until an event changes it. */
  queueState: QueueStateCache;
  /** The tickets phones follow on their own streams. */
  ticketWatch: TicketWatch;
  /** Finds and seals the first receipt of a repeated `POST /tickets`. */
  receiptKeys: ReceiptKeys;
  /** Wrong appointment codes per client address. */
  appointmentLimit: ClaimLimit;
  /** Wrong 验证码 (rating by a printed ticket) per ticket number and address. */
  shortCodeLimit: ClaimLimit;
  ratings: RatingDesk;
  /** Clerks signed in at windows. */
  staff: StaffDesk;
  progress: ProgressDesk;
  /** Per process and address: sheds a flood before any database work. */
  progressLimiter: RateLimiter;
  /** Failure budgets for progress secrets, shared through the database. */
  guessLimit: GuessLimit;
  /** Database-held fixed-window counters. */
  counter: SharedCounter;
  /** Tickets without a kiosk token. */
  anonymousTickets: { enabled: boolean; perClientHour: number };
  /** Decides the client address behind a reverse proxy. */
  proxies: TrustedProxies;
  staffToken: string;
  /** Pad tokens and rating tokens. */
  keys: HallKeys;
  /** How long a rating token stays valid after `complete`. */
  ratingTokenMs: number;
  /** How long after `complete` a pad that connects is still shown the request. */
  padRequestMs: number;
  corsOrigins: string[];
  /** How long a 429 answer waits before it is sent (ms). */
  tarpitMs: number;
  /** Statistics requests per address and minute in this process (a load guard). */
  statsLimiter: RateLimiter;
  bodyLimitBytes: number;
  heartbeatMs: number;
  /** Caps on open event streams and their buffers. */
  streamLimits: StreamLimits;
  /** Closes open event streams at shutdown. */
  streams: Set<() => void>;
}
