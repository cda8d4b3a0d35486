import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Application } from '@zhengwu/core/contract';
import '../zw-progress-lookup.define.js';
import type { ProgressSource, ZwProgressLookup } from '../zw-progress-lookup.js';
import { fakeCalendars, fakeSource, notFound, offline, tooMany } from './fake-source.js';
import {
  STORY_TODAY,
  correction,
  dueTomorrow,
  finished,
  immediate,
  overdue,
  paused,
} from '../../progress-timeline/stories/sample-applications.js';

interface Args {
  client: ProgressSource;
  keyboard?: string;
  number?: string;
}

/** Types the number and 查询码 into the form and presses 查询, as a visitor would. */
async function lookUpIn(canvasElement: HTMLElement, number: string, secret: string): Promise<void> {
  const el = canvasElement.querySelector<ZwProgressLookup>('zw-progress-lookup')!;
  await el.updateComplete;
  for (const [id, value] of [
    ['number', number],
    ['secret', secret],
  ]) {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  el.shadowRoot!.querySelector<HTMLElement>('zw-button.submit')!.click();
  // Until the (fake) hall answered; a story that never answers stops waiting.
  for (let tries = 0; tries < 40 && el.status === 'loading'; tries += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  await el.updateComplete;
}

const found = (application: Application, secret = '305716'): Story => ({
  args: { client: fakeSource(application) },
  play: ({ canvasElement }) => lookUpIn(canvasElement, application.id, secret),
});

const meta = {
  title: 'Progress/Lookup',
  component: 'zw-progress-lookup',
  args: { client: fakeSource(dueTomorrow) },
  // The states after a lookup are reached by looking up (play), also on the docs page.
  parameters: { docs: { story: { autoplay: true } } },
  render: (args: Args) =>
    html`<zw-progress-lookup
      .client=${args.client}
      .calendarClient=${fakeCalendars}
      today=${STORY_TODAY}
      keyboard=${ifDefined(args.keyboard)}
      number=${ifDefined(args.number)}
    ></zw-progress-lookup>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const PhoneForm: Story = {};
export const KioskKeypad: Story = { args: { keyboard: 'on-screen' } };
export const NumberFromReceiptQr: Story = { args: { number: '990100000012' } };
export const FoundDueTomorrow: Story = found(dueTomorrow);
export const FoundOverdue: Story = found(overdue);
export const FoundPaused: Story = found(paused);
export const FoundCorrection: Story = found(correction);
export const FinishedNotRated: Story = found(finished);
export const FinishedRated: Story = found(immediate);
export const NotFound: Story = {
  args: { client: fakeSource(notFound()) },
  play: ({ canvasElement }) => lookUpIn(canvasElement, '990100000012', '000000'),
};
export const TooManyTries: Story = {
  args: { client: fakeSource(tooMany()) },
  play: ({ canvasElement }) => lookUpIn(canvasElement, '990100000012', '000000'),
};
export const Offline: Story = {
  args: { client: fakeSource(offline()) },
  play: ({ canvasElement }) => lookUpIn(canvasElement, '990100000012', '305716'),
};
export const Searching: Story = {
  args: { client: fakeSource('never') },
  play: ({ canvasElement }) => lookUpIn(canvasElement, '990100000012', '305716'),
};
export const InvalidKeyboard: Story = { args: { keyboard: 'touch' } };
