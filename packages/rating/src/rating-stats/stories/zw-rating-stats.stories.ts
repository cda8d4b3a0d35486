import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { RatingStats } from '@zhengwu/core/contract';
import '../zw-rating-stats.define.js';
import type { RatingStatsSource, ZwRatingStats } from '../zw-rating-stats.js';
import { NOTHING_RATED, TWO_WEEKS, failingSource, pendingSource, thenOfflineSource } from './sample-stats.js';

interface Args {
  groupBy: string;
  stats?: RatingStats;
  client?: () => RatingStatsSource;
  mode?: string;
  label?: string;
  onLoad?: (event: Event) => void;
}

const meta = {
  title: 'Rating/Rating stats',
  component: 'zw-rating-stats',
  args: { groupBy: 'day', stats: TWO_WEEKS },
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['day', 'window', 'department'] },
  },
  render: (args: Args) =>
    html`<zw-rating-stats
      group-by=${args.groupBy}
      mode=${ifDefined(args.mode)}
      label=${ifDefined(args.label)}
      .stats=${args.client ? undefined : args.stats}
      .client=${args.client?.()}
      @zw-rating-stats-load=${args.onLoad}
    ></zw-rating-stats>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Two weeks by day; the Sundays had no ratings ("—", no bar). */
export const ByDay: Story = {};
export const ByWindow: Story = { args: { groupBy: 'window' } };
export const ByDepartment: Story = { args: { groupBy: 'department', label: '各部门好差评满意率' } };
export const Empty: Story = { args: { stats: NOTHING_RATED } };
export const Loading: Story = { args: { client: pendingSource } };
/** Loaded once, then the network went: the last figures stay, marked as possibly out of date. */
export const OfflineWithStaleData: Story = {
  args: {
    client: () => thenOfflineSource(TWO_WEEKS),
    // fetch again after the first answer, as the retry button or `refresh` would
    onLoad: (event: Event) => void (event.target as ZwRatingStats).reload(),
  },
};
export const ServerError: Story = { args: { client: failingSource } };
export const Elder: Story = { args: { mode: 'elder' } };
