/** Dates for browser and server alike: `YYYY-MM-DD` arithmetic, the hall's time zone, working days and the 承诺时限 clock. No DOM. */
export * from './iso-date.js';
export * from './zone.js';
export * from './working-days.js';
export * from './deadline.js';
