import { demoApplications } from './applications.js';
import { demoAppointments } from './appointments.js';
import { calendars } from './holidays.js';
import { hall } from './hall.js';
import { seedItems } from './items/index.js';
import { seedBundles } from './bundles.js';
import type { SeedData } from './types.js';

export type { SeedApplication, SeedAppointment, SeedData, ServiceItemInput } from './types.js';
export { demoAppointments } from './appointments.js';
export { demoApplications } from './applications.js';
export { calendar2025, calendar2026, calendars } from './holidays.js';
export { hall, queueCategories, ratingReasons, windows } from './hall.js';
export { seedBundles } from './bundles.js';
export { DEPARTMENTS, REGION_CODE, seedItems } from './items/index.js';

/** The fictional demo hall 示例市政务服务中心: hall, catalog, demo applications, calendars. */
export const seedData: SeedData = {
  hall,
  items: seedItems,
  applications: [],
  datedApplications: demoApplications,
  calendars,
  bundles: seedBundles,
  datedAppointments: demoAppointments,
};
