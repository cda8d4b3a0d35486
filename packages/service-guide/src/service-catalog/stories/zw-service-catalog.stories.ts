import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ServiceBundle, ServiceItemSummary } from '@zhengwu/core/contract';
import '../zw-service-catalog.define.js';
import type { CatalogFetcher } from '../catalog-source.js';
import { SAMPLE_CATALOG } from './sample-catalog.js';
import { SAMPLE_BUNDLES } from './sample-bundles.js';
import { failingClient, offlineClient, pendingClient } from './catalog-clients.js';

interface Args {
  items?: ServiceItemSummary[];
  bundles?: ServiceBundle[];
  client?: () => CatalogFetcher;
  query?: string;
  keyboard?: boolean;
  mode?: string;
  itemHref?: string;
}

const meta = {
  title: 'Service guide/Service catalog',
  component: 'zw-service-catalog',
  args: { items: SAMPLE_CATALOG, bundles: SAMPLE_BUNDLES, query: '' },
  render: (args: Args) =>
    html`<zw-service-catalog
      mode=${ifDefined(args.mode)}
      item-href=${ifDefined(args.itemHref)}
      ?keyboard=${args.keyboard}
      .query=${args.query ?? ''}
      .items=${args.client ? undefined : args.items}
      .bundles=${args.client ? undefined : args.bundles}
      .client=${args.client?.()}
      style="--zw-service-catalog-list-height: 24rem"
    ></zw-service-catalog>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** 高频事项 first, then browsing and the whole list. */
export const Browse: Story = {};
/** Pinyin initials: `sfz` finds the 身份证 items, the matched characters marked. */
export const SearchInitials: Story = { args: { query: 'sfz' } };
/** `hz` finds 护照 and 户政. */
export const SearchHz: Story = { args: { query: 'hz' } };
export const SearchChinese: Story = { args: { query: '公积金' } };
/** An everyday phrase finds the 一件事 bundle: `生孩子` → 出生一件事. */
export const SearchBundle: Story = { args: { query: '生孩子' } };
export const NoMatch: Story = { args: { query: 'xyzxyz' } };
/** The kiosk: the on-screen letter keyboard under the field. */
export const KioskKeyboard: Story = { args: { keyboard: true, query: 'yh' } };
/** Rows as links to a portal's guide page. */
export const Links: Story = { args: { itemHref: '/guide.html?item={code}' } };
export const Elder: Story = { args: { mode: 'elder', query: 'sfz' } };
export const Loading: Story = { args: { client: pendingClient } };
export const Offline: Story = { args: { client: offlineClient } };
export const ServerError: Story = { args: { client: failingClient } };
export const InvalidTiles: Story = {
  render: () => html`<zw-service-catalog tiles="many" .items=${SAMPLE_CATALOG}></zw-service-catalog>`,
};
