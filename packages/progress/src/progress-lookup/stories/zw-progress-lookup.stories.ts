import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Application } from '@zhengwu/core/contract';
import '../zw-progress-lookup.define.js';
import type { ZwProgressLookup, ProgressSource } from '../zw-progress-lookup.js';
import { fakeCalendars, fakeSource, notFound, offline, tooMany } from './fake-source.js';
import { STORY_TODAY, correction, dueTomorrow, finished, immediate, overdue, paused } from '../../progress-timeline/stories/sample-applications.js';

interface Args {
  source: ProgressSource;
  keyboard?: string;
  number?: string;
  /** Looks up at once with this number and secret, as a visitor who pressed 查询. */
  submit?: [string, string];
}

const found = (application: Application): Args => ({ source: fakeSource(application), submit: [application.id, '305716'] });

const meta = {
  title: 'Progress/Lookup',
  component: 'zw-progress-lookup',
  args: { source: fakeSource(dueTomorrow) },
  render: (args: Args) =>
    html`<zw-progress-lookup
      .source=${args.source}
      .calendarSource=${fakeCalendars}
      today=${STORY_TODAY}
      keyboard=${ifDefined(args.keyboard)}
      number=${ifDefined(args.number)}
      ${ref((el) => {
        if (el && args.submit) void (el as ZwProgressLookup).lookup(...args.submit);
      })}
    ></zw-progress-lookup>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const PhoneForm: Story = {};
export const KioskKeypad: Story = { args: { keyboard: 'on-screen' } };
export const NumberFromReceiptQr: Story = { args: { number: '990100000012' } };
export const FoundDueTomorrow: Story = { args: found(dueTomorrow) };
export const FoundOverdue: Story = { args: found(overdue) };
export const FoundPaused: Story = { args: found(paused) };
export const FoundCorrection: Story = { args: found(correction) };
export const FinishedNotRated: Story = { args: found(finished) };
export const FinishedRated: Story = { args: found(immediate) };
export const NotFound: Story = { args: { source: fakeSource(notFound()), submit: ['990100000012', '000000'] } };
export const TooManyTries: Story = { args: { source: fakeSource(tooMany()), submit: ['990100000012', '000000'] } };
export const Offline: Story = { args: { source: fakeSource(offline()), submit: ['990100000012', '305716'] } };
export const Searching: Story = { args: { source: fakeSource('never'), submit: ['990100000012', '305716'] } };
export const InvalidKeyboard: Story = { args: { keyboard: 'touch' } };
