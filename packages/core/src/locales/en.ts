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
