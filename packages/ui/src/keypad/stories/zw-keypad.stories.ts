import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../zw-keypad.define.js';

interface Args {
  layout: string;
  value: string;
  maxlength?: number;
  label?: string;
  noSubmit: boolean;
}

const meta = {
  title: 'UI/Keypad',
  component: 'zw-keypad',
  args: { layout: 'numeric', value: '', noSubmit: false },
  argTypes: { layout: { control: 'inline-radio', options: ['numeric', 'id-card'] } },
  render: (args: Args) =>
    html`<zw-keypad
      layout=${args.layout}
      .value=${args.value}
      maxlength=${ifDefined(args.maxlength)}
      label=${ifDefined(args.label)}
      ?no-submit=${args.noSubmit}
    ></zw-keypad>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Numeric: Story = {};
/** Six-digit query code (查询码) for a progress lookup. */
export const QueryCode: Story = { args: { value: '2024', maxlength: 6, label: '查询码' } };
/** Resident ID number: X is offered only as the 18th character. */
export const IdCard: Story = { args: { layout: 'id-card', value: '11010519491231002' } };
export const IdCardFull: Story = { args: { layout: 'id-card', value: '11010519491231002X' } };
export const WithoutSubmit: Story = { args: { noSubmit: true } };
