export default {
  backHome: '返回首頁',
  backCatalog: '返回事項列表',
  printing: '正在列印一次性告知單，請在出紙口取走。',
  hallName: '示例市政務服務中心',
  zone: '自助服務區',
  language: '語言',
  elderMode: '長輩模式',
  standardMode: '標準模式',
  welcome: '您好，請選擇要辦理的業務',
  comingSoon: '即將開通',
  tiles: {
    guide: { title: '辦事指南', hint: '查詢事項、材料和流程' },
    ticket: { title: '排隊取號', hint: '領取排隊號碼' },
    progress: { title: '辦件進度', hint: '查看辦理到哪一步' },
    rating: { title: '服務評價', hint: '好差評' },
  },
  footer: '如需協助，請聯絡大廳工作人員',
};
