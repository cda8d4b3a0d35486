export default {
  // zw-queue-ticket
  ticket: {
    title: 'Take a ticket',
    intro: 'Choose what you came for; one tap gives you one ticket',
    take: 'Take a ticket',
    checkIn: 'Appointment check-in',
    waiting_one: '{{count}} person waiting',
    waiting_other: '{{count}} people waiting',
    wait: { none: 'No wait', about: 'About {{minutes}} min', range: 'About {{min}}–{{max}} min' },
    closed: {
      label: 'Not issuing tickets:',
      hours: 'tickets from {{from}} to {{to}}',
      outside_issuing_hours: 'outside ticket hours',
      daily_quota_reached: "today's tickets are all taken",
      numbers_exhausted: "today's tickets are all taken",
      no_open_window: 'no window is serving this now',
    },
    priority: { title: 'Priority lane', intro: 'For older people, people with disabilities, pregnant women and others', badge: 'Priority' },
    stale: 'The connection to the hall was lost; the numbers waiting may be out of date',
    taking: 'Taking a ticket: {{category}}…',
    failed: 'No ticket yet: {{category}}. Your choice is kept; you can try again.',
    back: 'Back',
    appointment: {
      title: 'Appointment check-in: {{category}}',
      intro: 'Type your appointment code and press OK',
      code: 'Appointment code',
      unknown_appointment: 'This appointment code was not found; check it and type it again',
      appointment_used: 'This appointment has already been checked in',
    },
    card: {
      title: 'Your ticket',
      number: 'Your number',
      ahead: 'Ahead of you',
      aheadCount_one: '{{count}} person',
      aheadCount_other: '{{count}} people',
      wait: 'Estimated wait',
      time: 'Taken at',
      shortCode: 'Code',
      shortCodeHint: 'With your number and this code you can rate the service at a kiosk afterwards',
      qrLabel: 'Scan to follow the queue on your phone',
      qrHint: 'Scan to follow the queue on your phone',
      qrIsTicket: 'This kiosk cannot print: scan the QR code with your phone, it is your ticket; or note the number and code',
    },
    print: 'Print ticket',
    done: 'Done',
    leaves: 'This screen goes back in {{seconds}} seconds; your ticket is not left on it',
  },

  // zw-queue-status
  status: {
    title: 'Your place in the queue',
    number: 'Your number',
    position_one: '{{count}} person ahead of you',
    position_other: '{{count}} people ahead of you',
    next: 'You are next',
    wait: 'Estimated wait',
    live: 'Updating live',
    polling: 'Live updates lost; refreshing every few seconds',
    notFound: 'Ticket not found: the link may be incomplete, or the ticket has expired',
    called: { title: 'Please go to {{window}}', number: 'Number {{number}}', recalled: 'Called again: please go now' },
    skipped: 'Your number was missed; please take a new ticket',
    requeued: 'Your number was missed; you have been put back in the queue',
    transferred: 'Transferred to {{target}}',
    done: 'Done. Thank you for waiting',
    rate: 'Rate this service',
    rating: 'Opening the rating…',
    rateRefused: {
      not_completed: 'This service is not finished yet; you can rate it once it is',
      already_rated: 'This service has already been rated',
      other: 'This service cannot be rated now',
    },
  },

  // zw-queue-board
  board: {
    title: 'Calling board',
  },

  // zw-queue-counter
  counter: {
    title: 'Window console',
  },
};
