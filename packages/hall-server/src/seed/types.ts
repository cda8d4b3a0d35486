import type { Application, CalendarYear, Hall, ServiceBundle, ServiceItem } from '@zhengwu/core/contract';

/** A service item as written by hand or imported; the server adds pinyin. */
export type ServiceItemInput = Omit<ServiceItem, 'pinyin'>;

/** A demo application with the personal data the server masks before answering. */
export interface SeedApplication {
  application: Omit<Application, 'applicant'>;
  /** Full name, stored; answered masked (张*三). */
  applicantName: string;
  /** Resident ID number, stored; never answered. */
  applicantIdNumber: string;
  /** 查询码 the applicant was given. */
  secret: string;
}

/** A booked appointment (预约) a visitor checks in with at the kiosk. */
export interface SeedAppointment {
  /** The code the booking gave (4 to 32 letters or digits). */
  code: string;
  /** The queue category it is booked in. */
  category: string;
}

export interface SeedData {
  hall: Hall;
  items: ServiceItemInput[];
  /** Written once, with the rest of the seed. */
  applications: SeedApplication[];
  /**
   * A demo hall's applications, dated relative to the day the server starts: written (and
   * re-dated) at every start, so that a kept database never shows a stale demo.
   */
  datedApplications?: (today: string, calendars: CalendarYear[]) => SeedApplication[];
  calendars: CalendarYear[];
  /** 一件事 bundles over `items`; written once, when the database has none yet. */
  bundles?: ServiceBundle[];
  /**
   * A demo hall's appointments for `today` (the hall's service day): written at every start,
   * so that the demo codes always check in.
   */
  datedAppointments?: (today: string) => SeedAppointment[];
}
