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
  queueErrors: {
    numbers_exhausted: '該業務今日號碼已全部發放，請到諮詢台諮詢。',
    daily_quota_reached: '該業務今日放號已滿，請於下一個工作日再來或預約辦理。',
    anonymous_quota_reached: '該業務現僅在大廳自助取號機取號。',
    outside_issuing_hours: '該業務取號時間為 {{from}} 至 {{to}}。',
    anonymous_tickets_disabled: '請到大廳自助取號機取號。',
    too_many_tickets: '此裝置取號次數過多，請到大廳自助取號機取號。',
  },
};
