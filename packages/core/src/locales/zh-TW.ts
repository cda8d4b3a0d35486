export default {
  configError: {
    title: '元件設定有誤',
    detail: '屬性 {{attribute}} 應為 {{expected}}，實際為「{{received}}」。請聯絡網站管理員。',
  },
  status: {
    online: '網路已連線',
    offline: '網路已中斷，正在使用離線資料',
    loading: '載入中…',
  },
};
