/** The data contract: one definition of every record, used by the server and the client. */
export * from './common.js';
export * from './hall.js';
export * from './catalog.js';
export * from './calendar.js';
export * from './queue.js';
export * from './progress.js';
export * from './rating.js';
export * from './events.js';
export * from './errors.js';
export * from './issues.js';
export * from './progress-clock.js';
export * from './bundle.js';
