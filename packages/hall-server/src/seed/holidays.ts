import type { CalendarYear } from '@zhengwu/core/contract';
import { calendar2025, calendar2026, publishedCalendars } from '@zhengwu/core/date/published-calendars';

export { calendar2025, calendar2026 };
export const calendars: CalendarYear[] = publishedCalendars.map((year) => ({
  ...year,
  holidays: [...year.holidays],
  workdays: [...year.workdays],
}));
