import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../zw-qr-code.define.js';

interface Args {
  value: string;
  size: number;
  label?: string;
  errorCorrection: string;
  showValue: boolean;
}

/** A materials list far too long for any QR code (more than 2,331 bytes at level M). */
const TOO_LONG = `https://zwfw.example.gov.cn/guide/print?items=${Array.from(
  { length: 150 },
  (_, index) => `11440100MB2C92147X${String(index).padStart(4, '0')}`,
).join(',')}`;

const meta = {
  title: 'UI/QR code',
  component: 'zw-qr-code',
  args: {
    value: 'https://zwfw.example.gov.cn/rate?t=A001',
    size: 200,
    errorCorrection: 'M',
    showValue: false,
  },
  argTypes: {
    errorCorrection: { control: 'inline-radio', options: ['L', 'M', 'Q', 'H'] },
    size: { control: { type: 'number', min: 60, step: 10 } },
  },
  render: (args: Args) =>
    html`<zw-qr-code
      value=${args.value}
      size=${args.size}
      label=${ifDefined(args.label)}
      error-correction=${args.errorCorrection}
      ?show-value=${args.showValue}
    ></zw-qr-code>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** 扫码评价: the rating of ticket A001, opened on the visitor's phone. */
export const RatingLink: Story = { args: { label: '扫码评价' } };

/** The link printed under the code, for visitors without a phone camera. */
export const WithValue: Story = {
  args: {
    value: 'https://zwfw.example.gov.cn/queue/follow?hall=4401&t=A001',
    showValue: true,
  },
};

/** High error correction for a code printed on a thermal ticket, which wears quickly. */
export const TicketHighCorrection: Story = {
  args: { value: 'https://zwfw.example.gov.cn/queue/follow?t=B017', errorCorrection: 'H', size: 160 },
};

/** Plain Chinese text (UTF-8, byte mode). */
export const ChineseText: Story = { args: { value: '请A001号到3号窗口办理', size: 160, showValue: true } };

/** Too long for any QR code: a visible message and the value as text, never a blank box. */
export const TooLong: Story = { args: { value: TOO_LONG } };
