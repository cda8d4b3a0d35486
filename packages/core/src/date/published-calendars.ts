// The State Council's published arrangements: the seed's calendars, and fixtures for tests and
// stories, kept once. Not re-exported from the date index, so no element ships them.
import { dateRange } from './iso-date.js';
import type { WorkingDayYear } from './working-days.js';

/** A published year, with the notice it comes from. */
export type PublishedCalendar = WorkingDayYear & { source: string };

/*
 * `holidays` lists every day off of each announced period, weekend days included, exactly
 * as the notices count them ("放假调休，共8天"); `workdays` are the 调休 weekend days worked.
 */

/** 国办发明电〔2024〕12号, published 2024-11-12; first year with 13 statutory days. */
export const calendar2025: PublishedCalendar = {
  year: 2025,
  provisional: false,
  holidays: [
    ...dateRange('2025-01-01', '2025-01-01'), // 元旦
    ...dateRange('2025-01-28', '2025-02-04'), // 春节
    ...dateRange('2025-04-04', '2025-04-06'), // 清明节
    ...dateRange('2025-05-01', '2025-05-05'), // 劳动节
    ...dateRange('2025-05-31', '2025-06-02'), // 端午节
    ...dateRange('2025-10-01', '2025-10-08'), // 国庆节、中秋节
  ],
  workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）',
};

/** Published by the General Office of the State Council on 2025-11-04. */
export const calendar2026: PublishedCalendar = {
  year: 2026,
  provisional: false,
  holidays: [
    ...dateRange('2026-01-01', '2026-01-03'), // 元旦
    ...dateRange('2026-02-15', '2026-02-23'), // 春节
    ...dateRange('2026-04-04', '2026-04-06'), // 清明节
    ...dateRange('2026-05-01', '2026-05-05'), // 劳动节
    ...dateRange('2026-06-19', '2026-06-21'), // 端午节
    ...dateRange('2026-09-25', '2026-09-27'), // 中秋节
    ...dateRange('2026-10-01', '2026-10-07'), // 国庆节
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
};

export const publishedCalendars: readonly PublishedCalendar[] = [calendar2025, calendar2026];
