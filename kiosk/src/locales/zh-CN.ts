export default {
  backHome: '返回首页',
  backCatalog: '返回事项列表',
  printing: '正在打印一次性告知单，请在出纸口取走。',
  hallName: '示例市政务服务中心',
  zone: '自助服务区',
  language: '语言',
  elderMode: '长辈模式',
  standardMode: '标准模式',
  welcome: '您好，请选择要办理的业务',
  comingSoon: '即将开通',
  tiles: {
    guide: { title: '办事指南', hint: '查询事项、材料和流程' },
    ticket: { title: '排队取号', hint: '领取排队号码' },
    progress: { title: '办件进度', hint: '查看办理到哪一步' },
    rating: { title: '服务评价', hint: '好差评' },
  },
  footer: '如需帮助，请联系大厅工作人员',
};
