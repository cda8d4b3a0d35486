export default {
  keypad: {
    label: '数字键盘',
    idCardLabel: '身份证号码键盘',
    backspace: '删除',
    clear: '清空',
    submit: '确定',
    digitX: 'X',
  },
  keyboard: {
    label: '拼音首字母键盘',
    backspace: '删除',
    clear: '清空',
    submit: '搜索',
  },
  qr: {
    label: '二维码',
    loading: '正在生成二维码…',
    error: '二维码无法生成，请使用下方链接。',
    hint: '请用手机扫描二维码',
  },
  steps: {
    label: '办理步骤',
    position: '第 {{current}} 步，共 {{total}} 步',
    status: {
      done: '已完成',
      current: '当前步骤',
      todo: '未开始',
    },
  },
  timeout: {
    title: '您还在使用吗？',
    message_other: '为保护您的信息，{{count}} 秒后将返回首页并清除本次填写的内容。',
    extend: '继续使用',
    end: '结束并返回首页',
  },
  readAloud: {
    read: '朗读',
    stop: '停止朗读',
    unavailable: '本机暂时无法播放语音，已为您放大显示：',
    close: '关闭',
  },
};
