export default {
  // zw-queue-ticket
  ticket: {
    title: '排隊取號',
    intro: '請選擇要辦理的業務，點一下取一個號',
    take: '取號',
    checkIn: '預約簽到',
    waiting_other: '{{count}} 人等候',
    wait: { none: '無需等待', about: '約 {{minutes}} 分鐘', range: '約 {{min}}–{{max}} 分鐘' },
    closed: {
      label: '暫停取號：',
      hours: '取號時間 {{from}}–{{to}}',
      outside_issuing_hours: '不在取號時間',
      daily_quota_reached: '今日號已取完',
      numbers_exhausted: '今日號已取完',
      no_open_window: '暫無窗口辦理',
    },
    priority: { title: '綠色通道', intro: '老年人、身心障礙者、孕婦等優先辦理', badge: '優先' },
    stale: '與大廳的連線已中斷，等候人數可能不是最新的',
    taking: '正在取號：{{category}}…',
    failed: '沒有取到號：{{category}}。您的選擇已保留，可以重試。',
    back: '返回',
    appointment: {
      title: '預約簽到：{{category}}',
      intro: '請輸入預約碼，按「確定」簽到取號',
      code: '預約碼',
      unknown_appointment: '沒有找到這個預約碼，請核對後重新輸入',
      appointment_used: '這個預約碼已經簽到過了',
    },
    card: {
      title: '您的號票',
      number: '您的號碼',
      ahead: '前面還有',
      aheadCount_other: '{{count}} 人',
      wait: '預計等候',
      time: '取號時間',
      shortCode: '驗證碼',
      shortCodeHint: '辦完後可憑號碼和驗證碼在自助機上評價',
      qrLabel: '掃碼在手機上查看排隊進度',
      qrHint: '掃碼在手機上查看排隊進度',
      qrIsTicket: '本機不能列印：請用手機掃描 QR 碼，它就是您的號票；或記下號碼和驗證碼',
    },
    print: '列印號票',
    done: '完成',
    leaves: '{{seconds}} 秒後自動返回，號票不會留在螢幕上',
  },

  // zw-queue-status
  status: {
    title: '排隊進度',
    number: '您的號碼',
    position_other: '前面還有 {{count}} 人',
    next: '下一個就是您',
    wait: '預計等候',
    live: '即時更新中',
    polling: '即時連線已中斷，每隔幾秒自動重新整理',
    notFound: '找不到這張號票：連結可能不完整，或號票已過期',
    called: { title: '請到 {{window}} 辦理', number: '{{number}} 號', recalled: '再次呼叫，請盡快前往' },
    skipped: '已過號，請重新取號',
    requeued: '已過號，已為您順延',
    transferred: '已轉至 {{target}}',
    done: '辦理完成，感謝您的耐心等候',
    rate: '評價本次服務',
    rating: '正在開啟評價…',
    rateRefused: {
      not_completed: '這次辦理尚未完成，完成後才能評價',
      already_rated: '這次服務已經評價過了',
      other: '現在不能評價這次服務',
    },
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
