// The calling board (叫号屏): /board on the hall's TV. It needs no settings: everything it shows
// comes from the hall API.
void import('@zhengwu/core/provider/zw-provider.define').then(() => import('@zhengwu/queue/queue-board/zw-queue-board.define'));

export {};
