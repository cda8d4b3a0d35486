export default {
  keypad: {
    label: '數字鍵盤',
    idCardLabel: '身分證號碼鍵盤',
    backspace: '刪除',
    clear: '清除',
    submit: '確定',
    digitX: 'X',
  },
  keyboard: {
    label: '拼音首字母鍵盤',
    backspace: '刪除',
    clear: '清除',
    submit: '搜尋',
  },
  qr: {
    label: 'QR 碼',
    loading: '正在產生 QR 碼…',
    error: '無法產生 QR 碼，請使用下方連結。',
    hint: '請用手機掃描 QR 碼',
  },
  steps: {
    label: '辦理步驟',
    position: '第 {{current}} 步，共 {{total}} 步',
    status: {
      done: '已完成',
      current: '目前步驟',
      todo: '未開始',
    },
  },
  timeout: {
    title: '您還在使用嗎？',
    message_other: '為保護您的資料，{{count}} 秒後將返回首頁並清除本次填寫的內容。',
    extend: '繼續使用',
    end: '結束並返回首頁',
  },
  readAloud: {
    read: '朗讀',
    stop: '停止朗讀',
    unavailable: '本機暫時無法播放語音，已為您放大顯示：',
    close: '關閉',
  },
};
