import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { BundleGuide } from '@zhengwu/core/contract';
import '../zw-service-bundle.define.js';
import type { BundleSource } from '../bundle-source.js';
import { BIRTH_BUNDLE, notFoundBundleSource, offlineBundleSource, pendingBundleSource } from './sample-bundle.js';

interface Args {
  layout: string;
  bundle?: string;
  data?: BundleGuide;
  client?: () => BundleSource;
  hallName?: string;
  mode?: string;
}

const meta = {
  title: 'Service guide/Bundle',
  component: 'zw-service-bundle',
  args: { layout: 'a4', data: BIRTH_BUNDLE, hallName: '示例市政务服务中心' },
  argTypes: { layout: { control: 'inline-radio', options: ['receipt', 'a4'] } },
  render: (args: Args) =>
    html`<zw-service-bundle
      layout=${args.layout}
      bundle=${ifDefined(args.bundle)}
      hall-name=${ifDefined(args.hallName)}
      mode=${ifDefined(args.mode)}
      date="2026-11-30"
      .data=${args.data}
      .client=${args.client?.()}
    ></zw-service-bundle>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

const fetched = (client: () => BundleSource): Story => ({ args: { data: undefined, hallName: undefined, bundle: 'birth', client } });

/** 出生一件事: three items, two departments; 申请人居民身份证 and 居民户口簿 are asked once. */
export const A4: Story = {};
export const Receipt: Story = { args: { layout: 'receipt' } };
export const Loading: Story = fetched(pendingBundleSource);
export const NotFound: Story = fetched(notFoundBundleSource);
export const Offline: Story = fetched(offlineBundleSource);
/** `layout="letter"`: the configuration error names the attribute. */
export const ConfigError: Story = { args: { layout: 'letter' } };
/** 长辈模式. */
export const Elder: Story = { args: { mode: 'elder' } };
