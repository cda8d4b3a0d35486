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
    label: '叫號屏：{{hall}}',
    nowCalling: '正在叫號',
    toWindow: '請到 {{window}}',
    recallTag: '重呼',
    sentence: '請{{number}}號到{{window}}號窗口辦理',
    /** Digits as the voice reads them, one by one (A001 → A零零一). */
    digits: '零一二三四五六七八九',
    sentenceNamed: '請{{number}}號到{{window}}辦理',
    nobody: '暫無叫號',
    recent: '最近叫號',
    recentItem: '{{number}} 號，{{window}}',
    waiting: '等候人數',
    waitingCount_other: '{{count}} 人',
    clock: '目前時間',
    offline: '網路已中斷，正在重新連線…',
    voiceOff: '語音播報不可用（本機沒有中文語音），叫號以提示音和螢幕顯示。',
    soundBlocked: '瀏覽器未允許自動播放聲音。',
    enableSound: '開啟聲音',
  },

  // zw-queue-counter
  counter: {
    title: '窗口叫號',
  },
};
