import { seedApplications } from './applications.js';
import { calendars } from './calendar.js';
import { hall } from './hall.js';
import { seedItems } from './items/index.js';
import type { SeedData } from './types.js';

export type { SeedApplication, SeedData, ServiceItemInput } from './types.js';
export { SEED_REFERENCE_DATE, SEED_REFERENCE_TIME, seedApplications } from './applications.js';
export { calendar2025, calendar2026, calendars } from './calendar.js';
export { hall, queueCategories, ratingReasons, windows } from './hall.js';
export { DEPARTMENTS, REGION_CODE, seedItems } from './items/index.js';

/** The fictional demo hall 示例市政务服务中心: hall, catalog, demo applications, calendars. */
export const seedData: SeedData = {
  hall,
  items: seedItems,
  applications: seedApplications,
  calendars,
};
