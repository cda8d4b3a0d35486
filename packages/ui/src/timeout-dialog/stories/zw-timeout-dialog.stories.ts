import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ManualClock } from '@zhengwu/core';
import '../zw-timeout-dialog.define.js';
import type { ZwTimeoutDialog } from '../zw-timeout-dialog.js';

interface Args {
  timeout: number;
  warning: string;
  disabled: boolean;
  /** Give the dialog a clock that moves only when the story says (play). */
  manualClock: boolean;
}

/** Moves the story's clock on by `seconds` without a touch, as if the visitor had walked away. */
function after(seconds: number) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const dialog = canvasElement.querySelector<ZwTimeoutDialog>('zw-timeout-dialog')!;
    await dialog.updateComplete;
    (dialog.clock as ManualClock).advance(seconds * 1000);
    await dialog.updateComplete;
  };
}

const meta = {
  title: 'UI/Timeout dialog',
  component: 'zw-timeout-dialog',
  args: { timeout: 30, warning: '30', disabled: false, manualClock: true },
  argTypes: {
    timeout: { control: { type: 'number', min: 1 } },
    warning: { control: 'text' },
  },
  // The warning is modal: each story in a frame of its own on the docs page.
  parameters: { docs: { story: { inline: false, iframeHeight: 480, autoplay: true } } },
  render: (args: Args) =>
    html`<div>
      <p>请在下方填写办件编号和查询码。</p>
      <zw-timeout-dialog
        timeout=${args.timeout}
        warning=${args.warning}
        ?disabled=${args.disabled}
        .clock=${args.manualClock ? new ManualClock() : undefined}
      ></zw-timeout-dialog>
    </div>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The warning as a visitor sees it, with 25 seconds left. */
export const Open: Story = { play: after(30 + 5) };

/** The last second: English switches to the singular. */
export const LastSecond: Story = { play: after(30 + 29) };

/**
 * Real use: nothing shows until nobody has touched the page for `timeout` seconds (30 here);
 * then the modal warning opens. Touch the page to start the count again.
 */
export const Watching: Story = { args: { manualClock: false } };

/** A warning shorter than 20 seconds is refused loudly, never silently raised. */
export const WarningTooShort: Story = { args: { manualClock: false, warning: '5' } };
