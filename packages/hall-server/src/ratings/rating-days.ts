import type { Kysely } from 'kysely';
import { RATING_LEVELS, type RatingLevel } from '@zhengwu/core/contract';
import type { Database, RatingDayTable, RatingTable } from '../db/schema.js';

/** The roll-up column that counts each level. */
export const LEVEL_COLUMNS = {
  'very-satisfied': 'very_satisfied',
  satisfied: 'satisfied_level',
  basic: 'basic',
  dissatisfied: 'dissatisfied',
  'very-dissatisfied': 'very_dissatisfied',
} as const satisfies Record<RatingLevel, keyof RatingDayTable>;

/** 非常满意, 满意 and 基本满意 count as satisfied. */
export const SATISFIED_LEVELS = new Set<string>(RATING_LEVELS.slice(0, 3));

/**
 * Adds one stored rating to its day's roll-up, in the rating's own transaction: statistics
 * then read one row per day and window instead of every rating.
 */
export async function addToRatingDays(trx: Kysely<Database>, row: RatingTable): Promise<void> {
  const column = LEVEL_COLUMNS[row.level as RatingLevel];
  const satisfied = SATISFIED_LEVELS.has(row.level) ? 1 : 0;
  const counts = Object.fromEntries(Object.values(LEVEL_COLUMNS).map((name) => [name, name === column ? 1 : 0])) as Record<
    (typeof LEVEL_COLUMNS)[RatingLevel],
    number
  >;
  await trx
    .insertInto('rating_days')
    .values({
      day: row.day,
      window_id: row.window_id,
      window_name: row.window_name,
      department: row.department,
      total: 1,
      satisfied,
      ...counts,
    })
    .onConflict((oc) =>
      oc.columns(['day', 'window_id', 'window_name', 'department']).doUpdateSet((eb) => ({
        total: eb('rating_days.total', '+', 1),
        satisfied: eb('rating_days.satisfied', '+', satisfied),
        [column]: eb(`rating_days.${column}`, '+', 1),
      })),
    )
    .execute();
}
