// What talks to the hall (the contract's schemas, validation): loaded on first use, so a
// page that shows a countdown from injected data never carries it.
export { getCalendar, getHall, getProgress, subscribeEvents } from '@zhengwu/core';
