import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../zw-timeout-dialog.define.js';

interface Args {
  timeout: number;
  warning: string;
  disabled: boolean;
  demoOpen: boolean;
  demoSeconds: number;
}

const meta = {
  title: 'UI/Timeout dialog',
  component: 'zw-timeout-dialog',
  args: { timeout: 30, warning: '30', disabled: false, demoOpen: true, demoSeconds: 25 },
  argTypes: {
    timeout: { control: { type: 'number', min: 1 } },
    warning: { control: 'text' },
    demoSeconds: { control: { type: 'number', min: 0 } },
  },
  render: (args: Args) =>
    html`<zw-timeout-dialog
      timeout=${args.timeout}
      warning=${args.warning}
      ?disabled=${args.disabled}
      ?demo-open=${args.demoOpen}
      demo-seconds=${args.demoSeconds}
    ></zw-timeout-dialog>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The warning as a visitor sees it, with 25 seconds left (shown in place, for docs). */
export const Open: Story = {};

/** The last second: English switches to the singular. */
export const LastSecond: Story = { args: { demoSeconds: 1 } };

/**
 * Real use: nothing shows until nobody has touched the page for `timeout` seconds (30 here);
 * then the modal warning opens. Touch the page to start the count again.
 */
export const Watching: Story = {
  args: { demoOpen: false },
  render: (args: Args) => html`<div style="padding:16px">
    <p>请在下方填写办件编号和查询码。</p>
    <zw-timeout-dialog
      timeout=${args.timeout}
      warning=${args.warning}
      ?disabled=${args.disabled}
    ></zw-timeout-dialog>
  </div>`,
};

/** A warning shorter than 20 seconds is refused loudly, never silently raised. */
export const WarningTooShort: Story = { args: { demoOpen: false, warning: '5' } };
