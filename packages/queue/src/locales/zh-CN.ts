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
    label: '叫号屏：{{hall}}',
    nowCalling: '正在叫号',
    toWindow: '请到 {{window}}',
    recallTag: '重呼',
    sentence: '请{{number}}号到{{window}}号窗口办理',
    /** Digits as the voice reads them, one by one (A001 → A零零一). */
    digits: '零一二三四五六七八九',
    sentenceNamed: '请{{number}}号到{{window}}办理',
    nobody: '暂无叫号',
    recent: '最近叫号',
    recentItem: '{{number}} 号，{{window}}',
    waiting: '等候人数',
    waitingCount_other: '{{count}} 人',
    clock: '当前时间',
    offline: '网络已断开，正在重新连接…',
    voiceOff: '语音播报不可用（本机没有中文语音），叫号以提示音和屏幕显示。',
    soundBlocked: '浏览器未允许自动播放声音。',
    enableSound: '开启声音',
  },

  // zw-queue-counter
  counter: {
    title: '窗口叫号',
  },
};
