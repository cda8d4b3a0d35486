import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../zw-button.define.js';

interface Args {
  label: string;
  variant: string;
  size: string;
  disabled: boolean;
}

const meta = {
  title: 'UI/Button',
  component: 'zw-button',
  args: { label: '取号', variant: 'primary', size: 'normal', disabled: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'quiet', 'danger'] },
    size: { control: 'inline-radio', options: ['normal', 'large'] },
  },
  render: (args: Args) => html`<zw-button variant=${args.variant} size=${args.size} ?disabled=${args.disabled}>${args.label}</zw-button>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary', label: '返回' } };
export const Danger: Story = { args: { variant: 'danger', label: '结束办理' } };
export const Large: Story = { args: { size: 'large', label: '办事指南' } };
export const Disabled: Story = { args: { disabled: true, label: '暂停取号' } };
export const Variants: Story = {
  render: () =>
    html`<div style="display:flex;gap:12px;flex-wrap:wrap">
      <zw-button>主要</zw-button>
      <zw-button variant="secondary">次要</zw-button>
      <zw-button variant="quiet">文字</zw-button>
      <zw-button variant="danger">危险</zw-button>
    </div>`,
};
