import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { RatingReason, RatingTarget } from '@zhengwu/core/contract';
import '../zw-rating.define.js';
import type { RatingOutboxLike } from '../../outbox/rating-kind.js';
import type { RatingReasonsSource } from '../rating-reasons-loader.js';
import { FakeOutbox, offlineReasons, pendingReasons, rateIn } from './fakes.js';

interface Args {
  transactionId?: string;
  token?: string;
  channel?: string;
  hideTarget: boolean;
  target?: RatingTarget;
  reasons?: RatingReason[];
  /** A fresh outbox for each render (a fake one: stories send nothing to a hall). */
  outbox?: () => RatingOutboxLike;
  /** Where the reasons load from when `reasons` is not given. */
  client?: () => RatingReasonsSource;
}

/** The common default list of 不满意原因 (the hall server's seed uses the same). */
export const REASONS: RatingReason[] = [
  { code: 'slow-processing', label: '办理时间长' },
  { code: 'long-wait', label: '等待时间长' },
  { code: 'poor-attitude', label: '服务态度差' },
  { code: 'complex-process', label: '流程太复杂' },
  { code: 'unclear-guide', label: '办事指南不清晰' },
  { code: 'poor-environment', label: '办理环境差' },
  { code: 'repeated-visits', label: '多次跑动' },
  { code: 'other', label: '其他' },
];

/** A fictional transaction at window 3, as `complete` records it. */
export const TARGET: RatingTarget = {
  transactionId: 'BJ20261122-0003',
  windowId: '3',
  windowName: '3号窗口',
  staffId: 'S1003',
  staffName: '张三',
  staffNumber: '1003',
  department: '市公安局出入境管理支队',
  serviceItemCode: 'GA-001',
  serviceItemName: '居民身份证换领',
  ticketNumber: 'B012',
  completedAt: '2026-11-22T10:15:00+08:00',
};

/**
 * A well-formed rating token for `transactionId`, as the hall server shapes them. Its signature
 * is made up: a real server refuses it, which is right for docs and tests without a server.
 */
export function sampleToken(transactionId: string, windowId = '3'): string {
  const payload = btoa(JSON.stringify({ t: transactionId, w: windowId, e: 2_000_000_000 }));
  return `${payload.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.${'S'.repeat(43)}`;
}

const meta = {
  title: 'Rating/Rating',
  // sample data shared with the tests, not stories
  excludeStories: ['REASONS', 'TARGET', 'sampleToken'],
  component: 'zw-rating',
  args: {
    transactionId: TARGET.transactionId,
    token: sampleToken(TARGET.transactionId),
    channel: 'window-pad',
    hideTarget: false,
    target: TARGET,
    reasons: REASONS,
    outbox: () => new FakeOutbox('sent'),
  },
  argTypes: {
    channel: { control: 'select', options: ['window-pad', 'kiosk', 'qr-code', 'website', 'app'] },
  },
  // The states after a tap are reached by tapping (play), also on the docs page.
  parameters: { docs: { story: { autoplay: true } } },
  render: (args: Args) =>
    html`<zw-rating
      transaction-id=${ifDefined(args.transactionId)}
      token=${ifDefined(args.token)}
      channel=${ifDefined(args.channel)}
      ?hide-target=${args.hideTarget}
      .target=${args.target}
      .reasons=${args.reasons}
      .outbox=${args.outbox?.()}
      .client=${args.client?.()}
    ></zw-rating>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Nothing chosen: the visitor has not rated yet (the widget never preselects a level). */
export const Empty: Story = {};

/** 满意 chosen; no more questions for a good rating. */
export const Satisfied: Story = { play: ({ canvasElement }) => rateIn(canvasElement, { level: 'satisfied' }) };

/** 非常不满意 chosen: the reasons, a comment and a phone number for the follow-up call. */
export const Dissatisfied: Story = {
  play: ({ canvasElement }) => rateIn(canvasElement, { level: 'very-dissatisfied', reasons: 1 }),
};

/** 不满意 submitted without a reason and with a wrong phone number: the errors. */
export const DissatisfiedWithErrors: Story = {
  play: ({ canvasElement }) => rateIn(canvasElement, { level: 'dissatisfied', phone: '1380013', submit: true }),
};

/** The rating is stored on this device and on its way; the hall has not answered yet. */
export const Submitting: Story = {
  args: { outbox: () => new FakeOutbox('none') },
  play: ({ canvasElement }) => rateIn(canvasElement, { level: 'satisfied', submit: true, until: 'submitting' }),
};

/** Offline: the rating is kept on this device and sent when the network is back. */
export const QueuedOffline: Story = {
  args: { outbox: () => new FakeOutbox('offline') },
  play: ({ canvasElement }) => rateIn(canvasElement, { level: 'satisfied', submit: true, until: 'queued' }),
};

/** Submitted: thank you. */
export const Submitted: Story = {
  play: ({ canvasElement }) => rateIn(canvasElement, { level: 'satisfied', submit: true, until: 'sent' }),
};

/** The transaction was already rated (一次一评): the server refused a second rating. */
export const AlreadyRated: Story = {
  args: { outbox: () => new FakeOutbox({ status: 409, code: 'already_rated' }) },
  play: ({ canvasElement }) => rateIn(canvasElement, { level: 'basic', submit: true, until: 'error' }),
};

/** The rating link (its token) has expired: the server refused it with 410. */
export const Expired: Story = {
  args: { channel: 'qr-code', outbox: () => new FakeOutbox({ status: 410, code: 'rating_token_expired' }) },
  play: ({ canvasElement }) => rateIn(canvasElement, { level: 'satisfied', submit: true, until: 'error' }),
};

/** Any other refusal: the server's error code is shown for the staff. */
export const Refused: Story = {
  args: { outbox: () => new FakeOutbox({ status: 422, code: 'unknown_transaction' }) },
  play: ({ canvasElement }) => rateIn(canvasElement, { level: 'satisfied', submit: true, until: 'error' }),
};

/** Reasons are loading from the hall (when `.reasons` is not given). */
export const LoadingReasons: Story = {
  args: { reasons: undefined, client: pendingReasons },
  play: ({ canvasElement }) => rateIn(canvasElement, { level: 'dissatisfied' }),
};

/** Reasons could not be loaded: an error with a retry button, never a blank list. */
export const ReasonsLoadError: Story = {
  args: { reasons: undefined, client: offlineReasons },
  play: ({ canvasElement }) => rateIn(canvasElement, { level: 'dissatisfied' }),
};

/** Standalone on a portal page: channel `website`, no target line. */
export const Website: Story = {
  args: { channel: undefined, target: undefined },
  play: ({ canvasElement }) => rateIn(canvasElement, { level: 'satisfied' }),
};

/**
 * Without its rating token (e.g. a QR link cut short): the widget says which attribute is
 * missing instead of going blank.
 */
export const MissingToken: Story = { args: { transactionId: undefined, target: undefined, token: undefined } };
