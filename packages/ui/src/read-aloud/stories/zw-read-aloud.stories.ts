import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../zw-read-aloud.define.js';

interface Args {
  content: string;
  text: string;
  open: boolean;
}

const meta = {
  title: 'UI/Read aloud',
  component: 'zw-read-aloud',
  args: { content: '请A001号到3号窗口办理。', text: '', open: false },
  render: (args: Args) => html`<zw-read-aloud text=${args.text} ?open=${args.open}>${args.content}</zw-read-aloud>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Reads the slotted text with the browser's voice (press the button; on a device without
 * voices the large-text panel opens instead). */
export const Default: Story = {};

/** `text` wins over the slotted content: the screen shows the ticket, the voice reads it out. */
export const SpokenText: Story = {
  args: { content: 'A001 → 3号窗口', text: '请A零零一号到三号窗口办理。' },
};

/** A service-guide paragraph. */
export const GuideParagraph: Story = {
  args: {
    content: '办理居民身份证换领，请携带原身份证和户口簿，到户籍所在地派出所或政务服务大厅办理，承诺时限为20个工作日。',
  },
};

/** No speech engine (`.engine=${null}`, as on many Linux Chromium kiosks): the text large on
 * screen with a close button. */
export const Unavailable: Story = {
  args: { open: true },
  render: (args: Args) => html`<zw-read-aloud .engine=${null} text=${args.text} ?open=${args.open}>${args.content}</zw-read-aloud>`,
};
