import type { SeedAppointment } from './types.js';

/**
 * The demo hall's booked appointments (预约), the same codes every day, dated today at each
 * start: 预约签到 codes, and bookings in two busy categories whose visitors check in ahead of
 * the walk-ins there.
 */
export function demoAppointments(): SeedAppointment[] {
  return [
    { code: 'YY100001', category: 'appointment' },
    { code: 'YY100002', category: 'appointment' },
    { code: 'YY100003', category: 'appointment' },
    { code: 'YY100004', category: 'appointment' },
    { code: 'HJ200001', category: 'household' },
    { code: 'HJ200002', category: 'household' },
    { code: 'BDC30001', category: 'real-estate' },
    { code: 'BDC30002', category: 'real-estate' },
  ];
}
