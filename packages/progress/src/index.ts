export { PROGRESS_NS } from './locales/namespace.js';
export { ZwDeadline } from './deadline/zw-deadline.js';
export { ZwDeadlineLoadEvent } from './deadline/zw-deadline-events.js';
export { deadlineMessage, yearsNeeded, type DeadlineMessage, type DeadlineTone } from './deadline/deadline-message.js';
export { ZwProgressTimeline } from './progress-timeline/zw-progress-timeline.js';
export { timelineEntries, currentStageNumber, type TimelineEntry } from './progress-timeline/timeline-entries.js';
export { ZwProgressLookup, apiProgressSource, type ProgressSource } from './progress-lookup/zw-progress-lookup.js';
export {
  ZwProgressLookupLoadEvent,
  ZwProgressLookupRateEvent,
  ZwProgressLookupResetEvent,
} from './progress-lookup/zw-progress-lookup-events.js';
export { normalizeField, fieldProblem, type LookupField } from './progress-lookup/lookup-fields.js';
export { apiCalendarSource, forgetCalendars, type CalendarSource } from './calendars/calendar-source.js';
