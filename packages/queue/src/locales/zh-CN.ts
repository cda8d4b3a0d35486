export default {
  // zw-queue-ticket
  ticket: {
    title: '排队取号',
  },

  // zw-queue-status
  status: {
    title: '排队进度',
  },

  // zw-queue-board
  board: {
    title: '叫号屏',
  },

  // zw-queue-counter
  counter: {
    title: '窗口叫号',
  },
};
