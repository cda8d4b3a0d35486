import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../zw-steps.define.js';
import type { ZwStep } from '../zw-steps.js';

interface Args {
  steps: ZwStep[];
  current: number;
  orientation: string;
  label?: string;
  overview?: boolean;
}

/** 社会保障卡申领: the steps a visitor follows at a self-service terminal. */
const SOCIAL_SECURITY_CARD: ZwStep[] = [
  { label: '阅读办事指南' },
  { label: '刷身份证', description: '将第二代居民身份证放在感应区' },
  { label: '拍照', description: '请正对摄像头，摘下帽子和眼镜' },
  { label: '确认信息' },
  { label: '领取社保卡' },
];

const LONG_LABELS: ZwStep[] = [
  {
    label: '提交《不动产登记申请审批表》及身份证明、不动产权属证书等全部申请材料',
    description: '材料须为原件；委托办理的，还需提交经公证的授权委托书和受托人身份证明（容缺后补材料请在 5 个工作日内补齐）',
  },
  { label: '窗口工作人员受理审核，符合条件的当场出具受理通知书' },
  { label: '不动产登记机构实地查看（仅限首次登记、在建建筑物抵押权登记等情形）' },
  { label: '登簿并缮证，申请人凭受理通知书领取不动产权证书或登记证明' },
];

const meta = {
  title: 'UI/Steps',
  component: 'zw-steps',
  args: { steps: SOCIAL_SECURITY_CARD, current: 3, orientation: 'vertical' },
  argTypes: {
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    current: { control: { type: 'number', min: 1 } },
  },
  render: (args: Args) =>
    html`<zw-steps
      .steps=${args.steps}
      current=${args.current}
      orientation=${args.orientation}
      label=${ifDefined(args.label)}
      ?overview=${args.overview}
    ></zw-steps>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Vertical: Story = {};
export const Horizontal: Story = { args: { orientation: 'horizontal' } };
export const FirstCurrent: Story = { args: { current: 1 } };
export const LastCurrent: Story = { args: { current: 5, label: '社会保障卡申领步骤' } };
export const LongLabels: Story = { args: { steps: LONG_LABELS, current: 2 } };
export const LongLabelsHorizontal: Story = { args: { steps: LONG_LABELS, current: 2, orientation: 'horizontal' } };
/** The whole procedure of a 办事指南 (办理流程), read before starting: no current step. */
export const Overview: Story = { args: { steps: LONG_LABELS, overview: true, label: '办理流程' } };
/** Set from plain HTML: the steps as JSON in the attribute. */
export const FromAttribute: Story = {
  render: () =>
    html`<zw-steps current="2" steps='[{"label":"取号"},{"label":"等候叫号"},{"label":"窗口办理"},{"label":"评价"}]'></zw-steps>`,
};
