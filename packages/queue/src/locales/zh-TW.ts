export default {
  // zw-queue-ticket
  ticket: {
    title: '排隊取號',
  },

  // zw-queue-status
  status: {
    title: '排隊進度',
  },

  // zw-queue-board
  board: {
    title: '叫號屏',
  },

  // zw-queue-counter
  counter: {
    title: '窗口叫號',
  },
};
