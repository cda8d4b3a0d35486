export { define, definedLater } from './define.js';
export * from './date/index.js';
export * from './config/config.js';
export { configContext } from './config/context.js';
export { ZwConfigError, type ConfigExpectation } from './errors/zw-config-error.js';
export { ZwConfigErrorEvent } from './events/zw-config-error-event.js';
export { ZwPreferenceChangeEvent, type PreferenceChange } from './events/zw-preference-change-event.js';
export { i18n, i18nChanges, defineNamespace, loadNamespaces, overrideTranslations, type Messages } from './i18n/i18n.js';
export { formatDate, formatList, formatNumber } from './i18n/format.js';
export { LocalizeController, type LocalizedHost } from './i18n/localize-controller.js';
export { CORE_NS } from './locales/namespace.js';
export { refTokens } from './tokens/ref.styles.js';
export { sysTokens } from './tokens/sys.styles.js';
export { baseStyles } from './tokens/base.styles.js';
export { ZwElement } from './element/zw-element.js';
export { renderLoadState, type LoadStateView } from './element/load-state.js';
export { loadStateStyles } from './element/load-state.styles.js';
export { ZwProvider } from './provider/zw-provider.js';
export { IdleTimerController, type IdlePhase, type IdleTimerOptions } from './controllers/idle-timer-controller.js';
export { ManualClock, systemClock, type Clock } from './controllers/clock.js';
export { OnlineStatusController } from './controllers/online-status-controller.js';
export { MediaQueryController } from './controllers/media-query-controller.js';
export {
  ReadAloudController,
  browserSpeechEngine,
  type ReadAloudStatus,
  type SpeechEngine,
  type ReadAloudOptions,
  type Voice,
} from './controllers/read-aloud-controller.js';
export { RovingFocusController, type RovingFocusOptions } from './controllers/roving-focus-controller.js';
export {
  ZwApiError,
  ZwOfflineError,
  ZwInvalidDataError,
  ZwServerError,
  ZwTimeoutError,
  ZwNotHallApiError,
  ZwOriginRefusedError,
  failureKind,
  isRetryable,
  type FailureKind,
} from './api/errors.js';
export { LoaderController, type LoadStatus, type LoadTask, type LoaderOptions } from './controllers/loader-controller.js';
export { timeoutSignal } from './api/timeout.js';
export { EventStreamController } from './controllers/event-stream-controller.js';
export { HallClient, type HallClientOptions, type CatalogResult } from './api/hall-client.js';
export {
  getHall,
  postRating,
  getRatingStats,
  getCatalog,
  getCatalogSearchIndex,
  getCatalogItem,
  getHealth,
  getCalendar,
  postTicket,
  getTicket,
  postTicketRatingClaim,
  getQueue,
  postWindowAction,
  postSignIn,
  postSignOut,
  randomKey,
  getProgress,
  catalogUrl,
  catalogSearchIndexUrl,
  apiUrl,
  getBundles,
  getBundleGuide,
  type ApiTarget,
  type WindowAction,
} from './api/endpoints.js';
export {
  subscribeHallEvents,
  subscribeEvents,
  getPendingRatingRequest,
  backoffDelay,
  type BackoffOptions,
  type ConnectionState,
  type HallEventSubscription,
  type SubscribeOptions,
} from './api/events.js';
export { validate, issuePath, type FetchLike } from './api/request.js';
export { Outbox, newKey, type OutboxItem, type OutboxSender, type OutboxCounts, type OutboxOptions } from './outbox/outbox.js';
export { claimPrintPage, releasePrintPage, printPageRule, MM } from './print/print-page.js';
export { sourceKey } from './api/source-key.js';
