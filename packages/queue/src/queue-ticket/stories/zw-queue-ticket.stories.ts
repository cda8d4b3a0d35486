import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../zw-queue-ticket.define.js';
import type { ZwQueueTicket } from '../zw-queue-ticket.js';
import { appointmentUsed, fakeTicketSource, offline, serverError, unknownAppointment, type TicketScript } from './fake-ticket-source.js';

interface Args {
  script: TicketScript;
  print?: string;
  paper?: string;
}

async function loaded(canvasElement: HTMLElement): Promise<ZwQueueTicket> {
  const el = canvasElement.querySelector<ZwQueueTicket>('zw-queue-ticket')!;
  for (let tries = 0; tries < 40 && !el.shadowRoot?.querySelector('.tile, .failure'); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return el;
}

/** Taps a category's tile as a visitor would, and waits for the answer. */
async function tap(canvasElement: HTMLElement, code: string): Promise<ZwQueueTicket> {
  const el = await loaded(canvasElement);
  el.shadowRoot!.querySelector<HTMLElement>(`.tile[data-code="${code}"]`)?.click();
  for (let tries = 0; tries < 40 && el.shadowRoot!.querySelector('[part="taking"] [role="status"]'); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await el.updateComplete;
  return el;
}

/** Types an appointment code on the keypad and presses OK. */
async function checkIn(canvasElement: HTMLElement, code: string): Promise<void> {
  const el = await tap(canvasElement, 'booked');
  await el.updateComplete;
  const keypad = el.shadowRoot!.querySelector<HTMLElement & { value: string }>('zw-keypad')!;
  keypad.value = code;
  keypad.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  keypad.dispatchEvent(new CustomEvent('zw-submit', { detail: { value: code }, bubbles: true, composed: true }));
  for (let tries = 0; tries < 20; tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}

const meta = {
  title: 'Queue/Ticket',
  component: 'zw-queue-ticket',
  args: { script: {}, print: 'off' },
  parameters: { docs: { story: { autoplay: true } } },
  render: (args: Args) =>
    html`<zw-queue-ticket
      .client=${fakeTicketSource(args.script)}
      print=${ifDefined(args.print)}
      paper=${ifDefined(args.paper)}
    ></zw-queue-ticket>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Open, closed (hours, quota, no window), appointment and priority categories. */
export const Categories: Story = {};
export const StreamLost: Story = { args: { script: { stream: 'reconnecting' } } };
export const Taken: Story = { play: ({ canvasElement }) => tap(canvasElement, 'general').then(() => undefined) };
export const TakenWithPrinter: Story = { args: { print: 'button' }, play: Taken.play };
export const TakenPriority: Story = { play: ({ canvasElement }) => tap(canvasElement, 'green').then(() => undefined) };
export const Ticket58mm: Story = { args: { print: 'button', paper: '58mm' }, play: Taken.play };
export const AppointmentEntry: Story = { play: ({ canvasElement }) => tap(canvasElement, 'booked').then(() => undefined) };
export const AppointmentUnknown: Story = {
  args: { script: { takes: [unknownAppointment()] } },
  play: ({ canvasElement }) => checkIn(canvasElement, '20261122'),
};
export const AppointmentUsed: Story = {
  args: { script: { takes: [appointmentUsed()] } },
  play: ({ canvasElement }) => checkIn(canvasElement, '20261122'),
};
export const TakeOffline: Story = {
  args: { script: { takes: [offline()] } },
  play: ({ canvasElement }) => tap(canvasElement, 'general').then(() => undefined),
};
export const TakeServerError: Story = {
  args: { script: { takes: [serverError()] } },
  play: ({ canvasElement }) => tap(canvasElement, 'social').then(() => undefined),
};
export const HallOffline: Story = { args: { script: { hall: offline() } } };
export const Loading: Story = { args: { script: { hall: 'never' } } };
