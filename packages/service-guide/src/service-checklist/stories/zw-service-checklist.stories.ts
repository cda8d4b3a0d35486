import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Hall, ServiceItem } from '@zhengwu/core/contract';
import '../zw-service-checklist.define.js';
import type { ChecklistSource } from '../zw-service-checklist.js';
import type { ItemSource } from '../../item/item-loader.js';
import {
  REAL_ESTATE_TRANSFER,
  UNEMPLOYMENT_BENEFIT,
  failingSource,
  notFoundSource,
  offlineSource,
  pendingSource,
} from '../../service-guide/stories/sample-item.js';

/** The demo hall, as far as the checklist needs it. */
export const SAMPLE_HALL: Hall = {
  code: 'ZWZX-990100',
  name: '示例市政务服务中心',
  regionCode: '990100',
  windows: [],
  categories: [],
  ratingReasons: [],
};

/** An item source that also answers GET /hall. */
export const withHall = (source: ItemSource): ChecklistSource => ({ ...source, hall: async () => SAMPLE_HALL });

interface Args {
  layout: string;
  item?: string;
  data?: ServiceItem;
  client?: () => ChecklistSource;
  hallName?: string;
  guideBase?: string;
  mode?: string;
}

const meta = {
  title: 'Service guide/Checklist',
  component: 'zw-service-checklist',
  args: {
    layout: 'receipt',
    data: REAL_ESTATE_TRANSFER,
    hallName: SAMPLE_HALL.name,
    guideBase: 'https://zwfw.example.gov.cn/guide',
  },
  argTypes: { layout: { control: 'inline-radio', options: ['receipt', 'a4'] } },
  render: (args: Args) =>
    html`<zw-service-checklist
      layout=${args.layout}
      item=${ifDefined(args.item)}
      hall-name=${ifDefined(args.hallName)}
      guide-base=${ifDefined(args.guideBase)}
      mode=${ifDefined(args.mode)}
      date="2025-11-03"
      .data=${args.data}
      .client=${args.client?.()}
    ></zw-service-checklist>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

const fetched = (client: () => ItemSource): Story => ({
  args: { data: undefined, hallName: undefined, item: REAL_ESTATE_TRANSFER.code, client: () => withHall(client()) },
});

/** 80 mm thermal paper: one column, a box to tick per material, counts and necessity in words. */
export const Receipt: Story = {};
export const A4: Story = { args: { layout: 'a4' } };
/** A 容缺后补 material and a photocopy; the hall name fetched from GET /hall. */
export const ReceiptHallFromServer: Story = {
  args: {
    data: undefined,
    hallName: undefined,
    item: UNEMPLOYMENT_BENEFIT.code,
    client: () => withHall({ catalogItem: async () => UNEMPLOYMENT_BENEFIT }),
  },
};
/** No guide address configured: no QR code, nothing else missing. */
export const WithoutQrCode: Story = { args: { guideBase: undefined, layout: 'a4' } };
export const Loading: Story = fetched(pendingSource);
export const NotFound: Story = fetched(notFoundSource);
export const Offline: Story = fetched(offlineSource);
export const ServerError: Story = fetched(failingSource);
/** `layout="letter"`: the configuration error names the attribute. */
export const ConfigError: Story = { args: { layout: 'letter' } };
/** 长辈模式: the print button grows; the paper stays paper-sized. */
export const Elder: Story = { args: { mode: 'elder' } };
