import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ManualClock } from '@zhengwu/core';
import type { Hall } from '@zhengwu/core/contract';
import '../zw-rating-pad.define.js';
import type { ZwRatingPad, ZwRatingPadPhase } from '../zw-rating-pad.js';
import type { ZwRating } from '../../rating/zw-rating.js';
import { REASONS } from '../../rating/stories/zw-rating.stories.js';
import { FakeOutbox, actOn, until, type FakeAnswer } from '../../rating/stories/fakes.js';
import { fakePadSource, type PadScript } from './fake-pad-source.js';

interface Args {
  windowId?: string;
  padToken?: string;
  hall: Hall;
  /** What the fake hall does once the pad connects. */
  script: Omit<PadScript, 'hall'>;
  /** How the fake outbox answers a rating given on the pad. */
  answer: FakeAnswer;
}

/** A neutral silhouette as a data: URL (allowed by the kiosk's CSP), standing in for a staff photo. */
export const SAMPLE_PHOTO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 150"><rect width="120" height="150" fill="#dfe6ee"/><circle cx="60" cy="58" r="28" fill="#8a98a8"/><path d="M14 150c4-36 24-52 46-52s42 16 46 52z" fill="#8a98a8"/></svg>',
)}`;

/** A fictional hall with two windows: 3 with a staff photo, 4 without. */
export const PAD_HALL: Hall = {
  code: 'ZWZX-990100',
  name: '示例市政务服务中心',
  regionCode: '990100',
  windows: [
    {
      id: '3',
      name: '3号窗口',
      department: '市公安局出入境管理支队',
      categories: ['exit-entry'],
      staff: { id: 'S1003', name: '李静', number: 'ZWZX1003', photoUrl: SAMPLE_PHOTO },
    },
    {
      id: '4',
      name: '4号窗口',
      department: '市人力资源和社会保障局',
      categories: ['social-insurance'],
      staff: { id: 'S1004', name: '张伟', number: 'ZWZX1004' },
    },
  ],
  categories: [],
  ratingReasons: REASONS,
};

/** The story's pad, once its fake hall has connected (and its phase is `phase`, if given). */
async function padIn(canvas: HTMLElement, phase?: ZwRatingPadPhase): Promise<ZwRatingPad> {
  const pad = canvas.querySelector<ZwRatingPad>('zw-rating-pad')!;
  await until(() => pad.connectionState !== 'connecting' && (!phase || pad.phase === phase), `pad ${phase ?? 'connected'}`);
  await pad.updateComplete;
  return pad;
}

/** Plays until the pad is connected and in `phase`. */
const reach =
  (phase?: ZwRatingPadPhase) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    await padIn(canvasElement, phase);
  };

const meta = {
  title: 'Rating/Rating pad',
  // sample data shared with the tests, not stories
  excludeStories: ['SAMPLE_PHOTO', 'PAD_HALL'],
  component: 'zw-rating-pad',
  args: { windowId: '3', padToken: 'story-pad-token', hall: PAD_HALL, script: {}, answer: 'sent' },
  // The pad's timers run on a clock that moves only in play, so each state stays on screen.
  parameters: { docs: { story: { autoplay: true } } },
  render: (args: Args) =>
    html`<zw-rating-pad
      window-id=${ifDefined(args.windowId)}
      pad-token=${ifDefined(args.padToken)}
      .hall=${args.hall}
      .client=${fakePadSource({ ...args.script, hall: args.hall })}
      .outbox=${new FakeOutbox(args.answer)}
      .clock=${new ManualClock()}
    ></zw-rating-pad>`,
  play: reach(),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Idle: the staff card with photo, name, 工号, window and department, and a calm welcome. */
export const IdleWithStaffCard: Story = {};

/** Idle at a window whose staff has no photo: a neutral placeholder with the name's first character. */
export const IdleWithoutPhoto: Story = { args: { windowId: '4' } };

/** The clerk closed a transaction: the rating for exactly that one, and a QR code to rate on the phone. */
export const RatingRequested: Story = {
  args: { script: { request: true } },
  play: reach('rating'),
};

/**
 * The visitor has not touched the pad for `rating-timeout` seconds: a warning counts down (at
 * least 20 s) and offers to continue; when it runs out the pad goes idle and records nothing.
 */
export const WalkAwayWarning: Story = {
  args: { script: { request: true } },
  play: async ({ canvasElement }) => {
    const pad = await padIn(canvasElement, 'rating');
    const dialog = pad.shadowRoot!.querySelector('zw-timeout-dialog')!;
    await dialog.updateComplete;
    // 120 s without a touch, then 5 s into the 30 s warning
    (pad.clock as ManualClock).advance((120 + 5) * 1000);
    await until(() => dialog.open, 'the warning');
  },
};

/** After the rating (here: given on the phone): thank you (the level chosen is never shown). */
export const Thanks: Story = {
  args: { script: { request: true, ratedOnPhone: true } },
  play: reach('thanks'),
};

/** The network or the hall's event stream is down: a badge says so; ratings wait on the pad. */
export const Offline: Story = { args: { script: { state: 'reconnecting' } } };

/** The rating was refused (here: already rated, 一次一评): the widget's error, then idle. */
export const RatingRefused: Story = {
  args: { script: { request: true }, answer: { status: 409, code: 'already_rated' } },
  play: async ({ canvasElement }) => {
    const pad = await padIn(canvasElement, 'rating');
    const rating = pad.shadowRoot!.querySelector<ZwRating>('zw-rating')!;
    await actOn(rating, { level: 'satisfied', submit: true, until: 'error' });
    await padIn(canvasElement, 'error');
  },
};

/** The hall refused the pad token (a wrong or revoked one): an alert instead of requests. */
export const Unauthorized: Story = { args: { script: { refuse: true } } };

/** A live pad without `pad-token`, its device credential: it says so and connects nowhere. */
export const MissingPadToken: Story = { args: { padToken: undefined }, play: undefined };

/** Without `window-id` (and no provider window): the pad says which attribute is missing. */
export const MissingWindowId: Story = { args: { windowId: undefined }, play: undefined };
