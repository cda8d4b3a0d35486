export default {
  configError: {
    title: '元件設定有誤',
    detail: '屬性 {{attribute}} 應為 {{expected}}，實際為「{{received}}」。請聯絡網站管理員。',
  },
  expected: {
    wholeNumberMin: '不小於 {{min}} 的整數',
    wholeNumberRange: '{{min}} 到 {{max}} 的整數',
    date: 'YYYY-MM-DD 格式的日期',
    letters: '僅限字母 a–z',
    cssPixels: '大於 0 的 CSS 像素數',
    steps: '由 {label, description?} 組成的 JSON 陣列',
    httpUrl: 'http(s) 網址或路徑',
    apiBase: 'http(s) 網址或路徑（例如 /api）',
    seconds: '不小於 {{min}} 的秒數',
    milliseconds: '不小於 {{min}} 的整數毫秒數',
  },
  status: {
    online: '網路已連線',
    offline: '網路已中斷，正在使用離線資料',
    loading: '載入中…',
  },
  load: {
    loading: '載入中…',
    retry: '重試',
    errorCode: '錯誤代碼：{{code}}',
    details: '技術資訊（供工作人員查看）',
    failure: {
      'not-found': '大廳伺服器上找不到所需的內容。',
      'not-hall-api': '所設位址不是大廳服務介面，請網站管理員檢查 api-base 設定。',
      'origin-refused': '大廳伺服器拒絕了本網頁的存取（來源未獲允許），請網站管理員在大廳伺服器上允許本網站。',
      offline: '無法連線伺服器，請檢查網路後重試。',
      timeout: '伺服器長時間沒有回應，請稍後重試。',
      invalid: '伺服器傳回的資料有誤，暫時無法顯示，請告知大廳工作人員。',
      'rate-limited': '請求過於頻繁，請稍候片刻再試。',
      error: '伺服器暫時發生故障，請稍後重試。',
    },
  },
};
