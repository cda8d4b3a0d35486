import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../zw-letter-keyboard.define.js';

interface Args {
  value: string;
  layout: string;
  maxlength?: number;
  label?: string;
}

const meta = {
  title: 'UI/Letter keyboard',
  component: 'zw-letter-keyboard',
  args: { value: '', layout: 'qwerty' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['qwerty', 'alphabetical'] },
    maxlength: { control: 'number' },
  },
  render: (args: Args) =>
    html`<zw-letter-keyboard
      layout=${args.layout}
      .value=${args.value}
      maxlength=${ifDefined(args.maxlength)}
      label=${ifDefined(args.label)}
    ></zw-letter-keyboard>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
/** Typing `sfz` for 身份证 (identity card): two letters in. */
export const PartiallyTyped: Story = { args: { value: 'sf' } };
export const Alphabetical: Story = { args: { layout: 'alphabetical', value: 'hj' } };
/** At the limit every letter key is disabled; delete, clear and search still work. */
export const WithMaxlength: Story = { args: { value: 'sfz', maxlength: 3 } };
export const CustomLabel: Story = { args: { label: '事项名称首字母', value: 'sb' } };
