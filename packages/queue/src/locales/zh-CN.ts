export default {
  // zw-queue-ticket
  ticket: {
    title: '排队取号',
    intro: '请选择要办理的业务，点一下取一个号',
    take: '取号',
    checkIn: '预约签到',
    waiting_other: '{{count}} 人等候',
    wait: { none: '无需等待', about: '约 {{minutes}} 分钟', range: '约 {{min}}–{{max}} 分钟' },
    closed: {
      label: '暂停取号：',
      hours: '取号时间 {{from}}–{{to}}',
      outside_issuing_hours: '不在取号时间',
      daily_quota_reached: '今日号已取完',
      numbers_exhausted: '今日号已取完',
      no_open_window: '暂无窗口办理',
    },
    priority: { title: '绿色通道', intro: '老年人、残疾人、孕妇等优先办理', badge: '优先' },
    stale: '与大厅的连接已断开，等候人数可能不是最新的',
    taking: '正在取号：{{category}}…',
    failed: '没有取到号：{{category}}。您的选择已保留，可以重试。',
    back: '返回',
    appointment: {
      title: '预约签到：{{category}}',
      intro: '请输入预约码，按"确定"签到取号',
      code: '预约码',
      unknown_appointment: '没有找到这个预约码，请核对后重新输入',
      appointment_used: '这个预约码已经签到过了',
    },
    card: {
      title: '您的号票',
      number: '您的号码',
      ahead: '前面还有',
      aheadCount_other: '{{count}} 人',
      wait: '预计等候',
      time: '取号时间',
      shortCode: '验证码',
      shortCodeHint: '办完后可凭号码和验证码在自助机上评价',
      qrLabel: '扫码在手机上查看排队进度',
      qrHint: '扫码在手机上查看排队进度',
      qrIsTicket: '本机不能打印：请用手机扫描二维码，它就是您的号票；或记下号码和验证码',
    },
    print: '打印号票',
    done: '完成',
    leaves: '{{seconds}} 秒后自动返回，号票不会留在屏幕上',
  },

  // zw-queue-status
  status: {
    title: '排队进度',
    number: '您的号码',
    position_other: '前面还有 {{count}} 人',
    next: '下一个就是您',
    wait: '预计等候',
    live: '实时更新中',
    polling: '实时连接已断开，每隔几秒自动刷新',
    notFound: '找不到这张号票：链接可能不完整，或号票已过期',
    called: { title: '请到 {{window}} 办理', number: '{{number}} 号', recalled: '再次呼叫，请尽快前往' },
    skipped: '已过号，请重新取号',
    requeued: '已过号，已为您顺延',
    transferred: '已转至 {{target}}',
    done: '办理完成，感谢您的耐心等候',
    rate: '评价本次服务',
    rating: '正在打开评价…',
    rateRefused: {
      not_completed: '这次办理尚未完成，完成后才能评价',
      already_rated: '这次服务已经评价过了',
      other: '现在不能评价这次服务',
    },
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
