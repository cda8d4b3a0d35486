import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Application } from '@zhengwu/core/contract';
import '../zw-progress-timeline.define.js';
import { correction, dueTomorrow, finished, overdue, paused } from './sample-applications.js';

interface Args {
  application?: Application;
  hideHandler?: boolean;
}

const meta = {
  title: 'Progress/Timeline',
  component: 'zw-progress-timeline',
  args: { application: dueTomorrow },
  render: (args: Args) =>
    html`<zw-progress-timeline .application=${args.application} ?hide-handler=${args.hideHandler}></zw-progress-timeline>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const InProgress: Story = {};
export const Overdue: Story = { args: { application: overdue } };
export const SpecialProcedure: Story = { args: { application: paused } };
export const Correction: Story = { args: { application: correction } };
export const Finished: Story = { args: { application: finished } };
export const HandlersHidden: Story = { args: { hideHandler: true } };
export const Empty: Story = { args: { application: undefined } };
