export { QUEUE_NS } from './locales/namespace.js';
export { ZwQueueBoard, BOARD_FLASH_SECONDS, hallBoardSource, type QueueBoardSource } from './queue-board/zw-queue-board.js';
export { ZwQueueBoardCallEvent } from './queue-board/zw-queue-board-events.js';
export type { BoardCall } from './queue-board/call-book.js';
export { Announcer, pickVoice, type AnnounceMode, type SpeechLike } from './announcer/announcer.js';
export { spokenNumber } from './announcer/spoken-number.js';
export { ZwQueueCounter, hallCounterSource, type QueueCounterSource } from './queue-counter/zw-queue-counter.js';
export { ZwQueueCounterActionEvent, ZwQueueCounterSessionEvent } from './queue-counter/zw-queue-counter-events.js';
export { COUNTER_BUTTONS, type CounterButton } from './queue-counter/counter-actions.js';
