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
  },

  // zw-queue-counter
  counter: {
    title: 'Window console',
  },
};
