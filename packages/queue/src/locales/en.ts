export default {
  // zw-queue-ticket
  ticket: {
    title: 'Take a ticket',
  },

  // zw-queue-status
  status: {
    title: 'Your place in the queue',
  },

  // zw-queue-board
  board: {
    title: 'Calling board',
    label: 'Calling board: {{hall}}',
    nowCalling: 'Now calling',
    toWindow: 'Please go to {{window}}',
    recallTag: 'Recall',
    sentence: 'Ticket {{number}}, please go to window {{window}}',
    /** Digits as the voice reads them, one by one (A001 → A零零一). */
    digits: '0 1 2 3 4 5 6 7 8 9',
    sentenceNamed: 'Ticket {{number}}, please go to {{window}}',
    nobody: 'No ticket called yet',
    recent: 'Recently called',
    recentItem: '{{number}}, {{window}}',
    waiting: 'Waiting',
    waitingCount_one: '{{count}} person',
    waitingCount_other: '{{count}} people',
    clock: 'Time now',
    offline: 'Connection lost, reconnecting…',
    voiceOff: 'No voice for this language on this device: calls are shown and chimed only.',
    soundBlocked: 'The browser has not allowed sound to play by itself.',
    enableSound: 'Turn sound on',
  },

  // zw-queue-counter
  counter: {
    title: 'Window console',
  },
};
