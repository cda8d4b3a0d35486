/** Dates for browser and server alike: `YYYY-MM-DD` arithmetic and the hall's time zone. No DOM. */
export * from './iso-date.js';
export * from './zone.js';
