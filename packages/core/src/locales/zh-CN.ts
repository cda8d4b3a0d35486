export default {
  configError: {
    title: '组件配置有误',
    detail: '属性 {{attribute}} 应为 {{expected}}，实际为“{{received}}”。请联系网站管理员。',
  },
  expected: {
    wholeNumberMin: '不小于 {{min}} 的整数',
    wholeNumberRange: '{{min}} 到 {{max}} 的整数',
    date: 'YYYY-MM-DD 格式的日期',
    letters: '仅限字母 a–z',
    cssPixels: '大于 0 的 CSS 像素数',
    steps: '由 {label, description?} 组成的 JSON 数组',
    httpUrl: 'http(s) 网址或路径',
    apiBase: 'http(s) 网址或路径（例如 /api）',
    seconds: '不小于 {{min}} 的秒数',
    milliseconds: '不小于 {{min}} 的整数毫秒数',
  },
  status: {
    online: '网络已连接',
    offline: '网络已断开，正在使用离线数据',
    loading: '正在加载…',
  },
  load: {
    loading: '正在加载…',
    retry: '重试',
    errorCode: '错误代码：{{code}}',
    details: '技术信息（供工作人员查看）',
    failure: {
      'not-found': '大厅服务器上没有找到所需的内容。',
      'not-hall-api': '所设地址不是大厅服务接口，请网站管理员检查 api-base 设置。',
      'origin-refused': '大厅服务器拒绝了本网页的访问（来源未获允许），请网站管理员在大厅服务器上允许本网站。',
      offline: '无法连接服务器，请检查网络后重试。',
      timeout: '服务器长时间没有响应，请稍后重试。',
      invalid: '服务器返回的数据有误，暂时无法显示，请告知大厅工作人员。',
      'rate-limited': '请求过于频繁，请稍等片刻再试。',
      error: '服务器暂时出现故障，请稍后重试。',
    },
  },
};
