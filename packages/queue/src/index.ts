export { QUEUE_NS } from './locales/namespace.js';
export { ZwQueueBoard, BOARD_FLASH_SECONDS, hallBoardSource, type QueueBoardSource } from './queue-board/zw-queue-board.js';
export { ZwQueueBoardCallEvent } from './queue-board/zw-queue-board-events.js';
export type { BoardCall } from './queue-board/call-book.js';
export { Announcer, pickVoice, type AnnounceMode, type SpeechLike } from './announcer/announcer.js';
export { spokenNumber } from './announcer/spoken-number.js';
