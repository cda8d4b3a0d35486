export default {
  configError: {
    title: '组件配置有误',
    detail: '属性 {{attribute}} 应为 {{expected}}，实际为“{{received}}”。请联系网站管理员。',
  },
  status: {
    online: '网络已连接',
    offline: '网络已断开，正在使用离线数据',
    loading: '正在加载…',
  },
  queueErrors: {
    numbers_exhausted: '该业务今日号码已全部发放，请到咨询台咨询。',
    daily_quota_reached: '该业务今日放号已满，请于下一个工作日再来或预约办理。',
    anonymous_quota_reached: '该业务现仅在大厅自助取号机取号。',
    outside_issuing_hours: '该业务取号时间为 {{from}} 至 {{to}}。',
    anonymous_tickets_disabled: '请到大厅自助取号机取号。',
    too_many_tickets: '此设备取号次数过多，请到大厅自助取号机取号。',
  },
};
