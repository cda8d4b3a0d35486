export default {
  configError: {
    title: 'This widget is misconfigured',
    detail: 'Attribute {{attribute}} should be {{expected}}, but is “{{received}}”. Please contact the site administrator.',
  },
  status: {
    online: 'Online',
    offline: 'Offline: showing saved data',
    loading: 'Loading…',
  },
};
