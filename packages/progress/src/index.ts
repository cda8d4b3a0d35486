export { PROGRESS_NS } from './locales/namespace.js';
export { ZwProgressTimeline } from './progress-timeline/zw-progress-timeline.js';
export { timelineEntries, currentStageNumber, type TimelineEntry } from './progress-timeline/timeline-entries.js';
export { deadlineMessage, yearsNeeded, type DeadlineMessage, type DeadlineTone } from './deadline/deadline-message.js';
