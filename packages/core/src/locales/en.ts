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
  queueErrors: {
    numbers_exhausted: 'All of today’s numbers for this service have been given out. Please ask at the information desk.',
    daily_quota_reached:
      'Today’s tickets for this service have all been taken. Please come back on the next working day or book an appointment.',
    anonymous_quota_reached: 'Tickets for this service are now given out only at the kiosks in the hall.',
    outside_issuing_hours: 'Tickets for this service are given out from {{from}} to {{to}}.',
    anonymous_tickets_disabled: 'Please take a ticket at a kiosk in the hall.',
    too_many_tickets: 'This device has taken several tickets already. Please take one at a kiosk in the hall.',
  },
};
