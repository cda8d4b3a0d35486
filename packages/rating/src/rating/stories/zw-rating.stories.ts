import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { RatingReason, RatingTarget } from '@zhengwu/core/contract';
import '../zw-rating.define.js';
import { RATING_DEMO_STATES } from '../zw-rating.js';

interface Args {
  transactionId?: string;
  token?: string;
  channel?: string;
  demoState?: string;
  hideTarget: boolean;
  target?: RatingTarget;
  reasons?: RatingReason[];
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
  },
  argTypes: {
    channel: { control: 'select', options: ['window-pad', 'kiosk', 'qr-code', 'website', 'app'] },
    demoState: { control: 'select', options: [undefined, ...RATING_DEMO_STATES] },
  },
  render: (args: Args) =>
    html`<zw-rating
      transaction-id=${ifDefined(args.transactionId)}
      token=${ifDefined(args.token)}
      channel=${ifDefined(args.channel)}
      demo-state=${ifDefined(args.demoState)}
      ?hide-target=${args.hideTarget}
      .target=${args.target}
      .reasons=${args.reasons}
    ></zw-rating>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Nothing chosen: the visitor has not rated yet (the widget never preselects a level). */
export const Empty: Story = {};

/** 满意 chosen; no more questions for a good rating. */
export const Satisfied: Story = { args: { demoState: 'satisfied' } };

/** 非常不满意 chosen: the reasons, a comment and a phone number for the follow-up call. */
export const Dissatisfied: Story = { args: { demoState: 'dissatisfied' } };

/** 不满意 submitted without a reason and with a wrong phone number: the errors. */
export const DissatisfiedWithErrors: Story = { args: { demoState: 'invalid' } };

/** The rating is being stored and sent. */
export const Submitting: Story = { args: { demoState: 'submitting' } };

/** Offline: the rating is kept on this device and sent when the network is back. */
export const QueuedOffline: Story = { args: { demoState: 'queued' } };

/** Submitted: thank you. */
export const Submitted: Story = { args: { demoState: 'sent' } };

/** The transaction was already rated (一次一评): the server refused a second rating. */
export const AlreadyRated: Story = { args: { demoState: 'already-rated' } };

/** The rating link (its token) has expired: the server refused it with 410. */
export const Expired: Story = { args: { demoState: 'expired', channel: 'qr-code' } };

/** Any other refusal: the server's error code is shown for the staff. */
export const Refused: Story = { args: { demoState: 'refused' } };

/** Reasons are loading from the hall (when `.reasons` is not given). */
export const LoadingReasons: Story = { args: { demoState: 'loading', reasons: undefined } };

/** Reasons could not be loaded: an error with a retry button, never a blank list. */
export const ReasonsLoadError: Story = { args: { demoState: 'load-error', reasons: undefined } };

/** Standalone on a portal page: channel `website`, no target line. */
export const Website: Story = {
  args: { channel: undefined, target: undefined, demoState: 'satisfied' },
};

/**
 * Without its rating token (e.g. a QR link cut short): the widget says which attribute is
 * missing instead of going blank.
 */
export const MissingToken: Story = { args: { transactionId: undefined, target: undefined, token: undefined } };
