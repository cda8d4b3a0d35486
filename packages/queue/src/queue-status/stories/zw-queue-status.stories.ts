import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../zw-queue-status.define.js';
import type { ZwQueueStatus } from '../zw-queue-status.js';
import {
  STORY_ID,
  STORY_SECRET,
  alreadyRated,
  calledTicket,
  doneTicket,
  fakeStatusSource,
  notCompleted,
  notFound,
  offline,
  recalledTicket,
  requeuedTicket,
  skippedTicket,
  transferredTicket,
  type StatusScript,
} from './fake-status-source.js';

interface Args {
  script: StatusScript;
  secret?: string;
}

/** Presses 评价本次服务 and waits for the answer. */
async function rate(canvasElement: HTMLElement): Promise<void> {
  const el = canvasElement.querySelector<ZwQueueStatus>('zw-queue-status')!;
  for (let tries = 0; tries < 40 && !el.shadowRoot?.querySelector('.rate'); tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 25));
  el.shadowRoot!.querySelector<HTMLElement>('.rate')?.click();
  for (let tries = 0; tries < 10; tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}

const meta = {
  title: 'Queue/Status',
  component: 'zw-queue-status',
  args: { script: {} },
  parameters: { docs: { story: { autoplay: true } } },
  render: (args: Args) =>
    html`<zw-queue-status
      .client=${fakeStatusSource(args.script)}
      ticket-id=${STORY_ID}
      secret=${args.secret ?? STORY_SECRET}
    ></zw-queue-status>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Waiting: Story = {};
export const Polling: Story = { args: { script: { stream: 'reconnecting' } } };
export const Called: Story = { args: { script: { ticket: calledTicket } } };
export const Recalled: Story = { args: { script: { ticket: recalledTicket } } };
export const Requeued: Story = { args: { script: { ticket: requeuedTicket } } };
export const Transferred: Story = { args: { script: { ticket: transferredTicket } } };
export const Skipped: Story = { args: { script: { ticket: skippedTicket } } };
export const Done: Story = { args: { script: { ticket: doneTicket } } };
export const DoneNotCompleted: Story = {
  args: { script: { ticket: doneTicket, claim: notCompleted() } },
  play: ({ canvasElement }) => rate(canvasElement),
};
export const DoneAlreadyRated: Story = {
  args: { script: { ticket: doneTicket, claim: alreadyRated() } },
  play: ({ canvasElement }) => rate(canvasElement),
};
export const WrongSecret: Story = { args: { script: { ticket: notFound() } } };
export const GarbledLink: Story = { args: { secret: 'short' } };
export const Offline: Story = { args: { script: { ticket: offline() } } };
export const Loading: Story = { args: { script: { ticket: 'never' } } };
