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
};
