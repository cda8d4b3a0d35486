export default {
  configError: {
    title: 'This widget is misconfigured',
    detail: 'Attribute {{attribute}} should be {{expected}}, but is “{{received}}”. Please contact the site administrator.',
  },
  expected: {
    wholeNumberMin: 'a whole number ≥ {{min}}',
    wholeNumberRange: 'a whole number from {{min}} to {{max}}',
    date: 'a date YYYY-MM-DD',
    letters: 'letters a–z only',
    cssPixels: 'a number of CSS pixels > 0',
    steps: 'a JSON array of {label, description?}',
    httpUrl: 'an http(s) URL or a path',
    apiBase: 'an http(s) URL or a path such as /api',
    seconds: 'a number of seconds ≥ {{min}}',
    milliseconds: 'a whole number of milliseconds ≥ {{min}}',
  },
  status: {
    online: 'Online',
    offline: 'Offline: showing saved data',
    loading: 'Loading…',
  },
  load: {
    loading: 'Loading…',
    retry: 'Try again',
    errorCode: 'Error code: {{code}}',
    details: 'Technical details (for staff)',
    failure: {
      'not-found': 'The hall server does not have what was asked for.',
      'not-hall-api': 'The address set for this widget is not a hall API. The site administrator should check the api-base setting.',
      'origin-refused': 'The hall server refused this page’s origin. The site administrator should allow this site on the hall server.',
      offline: 'Cannot reach the server. Check the network and try again.',
      timeout: 'The server did not answer in time. Please try again later.',
      invalid: 'The server sent data that cannot be shown. Please tell the hall staff.',
      'rate-limited': 'Too many requests. Please wait a moment and try again.',
      error: 'The server is having trouble. Please try again later.',
    },
  },
};
