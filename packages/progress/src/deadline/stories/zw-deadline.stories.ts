import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ZwOfflineError } from '@zhengwu/core';
import type { Application, CalendarYear } from '@zhengwu/core/contract';
import '../zw-deadline.define.js';
import type { CalendarSource } from '../../calendars/calendar-source.js';
import {
  CALENDARS,
  STORY_TODAY,
  correction,
  dueTomorrow,
  finished,
  immediate,
  overdue,
  paused,
  provisional,
} from '../../progress-timeline/stories/sample-applications.js';

interface Args {
  application?: Application;
  calendars?: CalendarYear[];
  client?: CalendarSource;
  today?: string;
  acceptedOn?: string;
  limit?: number;
  unit?: string;
}

const never: CalendarSource = { calendars: () => new Promise(() => undefined) };
const offline: CalendarSource = { calendars: () => Promise.reject(new ZwOfflineError('/api/calendar/2026')) };

const meta = {
  title: 'Progress/Deadline',
  component: 'zw-deadline',
  args: { application: dueTomorrow, calendars: CALENDARS, today: STORY_TODAY },
  render: (args: Args) =>
    html`<zw-deadline
      .application=${args.application}
      .calendars=${args.calendars}
      .client=${args.client}
      today=${ifDefined(args.today)}
      accepted-on=${ifDefined(args.acceptedOn)}
      limit=${ifDefined(args.limit)}
      unit=${ifDefined(args.unit)}
    ></zw-deadline>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const DueTomorrow: Story = {};
export const OnTime: Story = { args: { today: '2026-03-13' } };
export const DueToday: Story = { args: { today: '2026-03-19' } };
export const Overdue: Story = { args: { application: overdue } };
export const PausedForExpertReview: Story = { args: { application: paused } };
export const WaitingForCorrection: Story = { args: { application: correction } };
export const Finished: Story = { args: { application: finished } };
export const Immediate: Story = { args: { application: immediate } };
export const ProvisionalYear: Story = { args: { application: provisional, today: '2026-12-28' } };
/** A portal's own case page: attributes only, natural days. */
export const NaturalDaysFromAttributes: Story = {
  args: { application: undefined, acceptedOn: '2026-03-09', limit: 20, unit: 'day' },
};
export const Loading: Story = { args: { calendars: undefined, client: never } };
export const Offline: Story = { args: { calendars: undefined, client: offline } };
export const InvalidAcceptedOn: Story = { args: { application: undefined, acceptedOn: '2026-02-30' } };
