import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../zw-queue-counter.define.js';
import { SAMPLE_HALL } from '../../queue-board/stories/fake-board-source.js';
import { fakeCounterSource, type FakeCounter } from './fake-counter-source.js';

interface Args {
  source: () => FakeCounter;
  staffToken?: string;
}

const meta = {
  title: 'Queue/Counter',
  component: 'zw-queue-counter',
  args: { source: () => fakeCounterSource() },
  render: (args: Args) =>
    html`<zw-queue-counter
      window-id="3"
      staff-token=${ifDefined(args.staffToken)}
      .client=${args.source()}
      .hall=${SAMPLE_HALL}
    ></zw-queue-counter>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Before the clerk signs in: 工号 from the hall's staff list, and their own credential. */
export const SignIn: Story = {};

/** Serving B014, with the window's waiting counts and every action. */
export const Serving: Story = { args: { staffToken: 'back-office-token-0123', source: () => fakeCounterSource({ serving: 'B014' }) } };

/** Nobody at the window yet: only 叫号 and 暂停服务 are possible. */
export const Idle: Story = { args: { staffToken: 'back-office-token-0123' } };

/** Paused (暂停服务): 恢复服务 is offered, 叫号 is not. */
export const Paused: Story = { args: { staffToken: 'back-office-token-0123', source: () => fakeCounterSource({ paused: true }) } };
