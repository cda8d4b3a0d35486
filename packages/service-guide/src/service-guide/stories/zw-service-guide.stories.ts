import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ServiceItem } from '@zhengwu/core/contract';
import '../zw-service-guide.define.js';
import type { ItemSource } from '../../item/item-loader.js';
import {
  REAL_ESTATE_TRANSFER,
  UNEMPLOYMENT_BENEFIT,
  failingSource,
  invalidSource,
  notFoundSource,
  notHallApiSource,
  offlineSource,
  originRefusedSource,
  pendingSource,
  timeoutSource,
} from './sample-item.js';

interface Args {
  item?: string;
  data?: ServiceItem | Record<string, unknown>;
  client?: () => ItemSource;
  mode?: string;
}

const meta = {
  title: 'Service guide/Service guide',
  component: 'zw-service-guide',
  args: { data: REAL_ESTATE_TRANSFER },
  render: (args: Args) =>
    html`<zw-service-guide
      item=${ifDefined(args.item)}
      mode=${ifDefined(args.mode)}
      .data=${args.data as ServiceItem | undefined}
      .client=${args.client?.()}
    ></zw-service-guide>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

const fetched = (client: () => ItemSource): Story => ({ args: { data: undefined, item: REAL_ESTATE_TRANSFER.code, client } });

/** 存量房买卖过户: charged, eight materials, online with a QR code, appointments. */
export const Loaded: Story = {};
/** 失业保险金申领: free, 0 visits to the hall, a 容缺后补 material, no appointments. */
export const FreeOfCharge: Story = { args: { data: UNEMPLOYMENT_BENEFIT } };
export const Loading: Story = fetched(pendingSource);
export const NotFound: Story = fetched(notFoundSource);
/** The server cannot be reached: a retry button. */
export const Offline: Story = fetched(offlineSource);
export const ServerError: Story = fetched(failingSource);
/** The server took longer than `request-timeout`: a retry button, never an endless spinner. */
export const Timeout: Story = fetched(timeoutSource);
/** `api-base` answers, but is not a hall API (an HTML page, a 404 without the hall's error body). */
export const NotHallApi: Story = fetched(notHallApiSource);
/** The hall does not allow this page's origin. */
export const OriginRefused: Story = fetched(originRefusedSource);
/** The server answered with data that breaks the contract: the wrong fields, for staff. */
export const InvalidData: Story = fetched(invalidSource);
/** A `data` object with a wrong field is refused the same way, without a retry button. */
export const InvalidDataProperty: Story = { args: { data: { ...REAL_ESTATE_TRANSFER, caseType: 'soon' } } };
/** Neither `item` nor `data`: the configuration error names the attribute. */
export const ConfigError: Story = { args: { data: undefined } };
/** 长辈模式: body ≥ 24 px, targets ≥ 60 px, contrast ≥ 7:1. */
export const Elder: Story = { args: { mode: 'elder' } };
