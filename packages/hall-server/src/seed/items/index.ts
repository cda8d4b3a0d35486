import type { ServiceItemInput } from '../types.js';
import { businessItems } from './business.js';
import { civilAffairsItems } from './civil-affairs.js';
import { educationItems } from './education.js';
import { healthItems } from './health.js';
import { householdItems } from './household.js';
import { housingFundItems } from './housing-fund.js';
import { immigrationItems } from './immigration.js';
import { propertyItems } from './property.js';
import { socialSecurityItems } from './social-security.js';
import { trafficItems } from './traffic.js';
import { SEED_ALIASES } from './aliases.js';

export { DEPARTMENTS, REGION_CODE, HALL_NAME, HALL_ADDRESS, HALL_HOURS, PORTAL } from './common.js';
export type { Department } from './common.js';

/** The demo hall's service catalog, grouped by department and theme. */
const catalog: ServiceItemInput[] = [
  ...householdItems,
  ...immigrationItems,
  ...trafficItems,
  ...socialSecurityItems,
  ...healthItems,
  ...propertyItems,
  ...civilAffairsItems,
  ...housingFundItems,
  ...businessItems,
  ...educationItems,
];

/** The catalog with each item's 俗称; an item without any is a mistake in the seed. */
export const seedItems: ServiceItemInput[] = catalog.map((item) => {
  const aliases = SEED_ALIASES[item.name];
  if (!aliases?.length) throw new Error(`seed item ${item.name} has no aliases`);
  return { ...item, aliases: [...aliases] };
});
