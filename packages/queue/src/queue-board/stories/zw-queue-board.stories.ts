import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../zw-queue-board.define.js';
import type { ZwQueueBoard } from '../zw-queue-board.js';
import type { AudioLike } from '../../announcer/chime.js';
import { FakeStream, call, calledTicket, fakeBoardSource, sampleQueue, SAMPLE_HALL, type FakeBoard } from './fake-board-source.js';

interface Args {
  source: () => FakeBoard;
  /** A call made once the board is up. */
  live?: { number: string; window: string; recall?: boolean };
  blocked?: boolean;
}

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** The last calls of a busy morning, newest first. */
export const recentCalls = () => [
  call('C021', '4', ago(1)),
  call('A012', '2', ago(2)),
  call('B014', '3', ago(4)),
  call('A011', '1', ago(5)),
  call('V002', '1', ago(7)),
  call('C020', '4', ago(9)),
];

/** An audio context the browser keeps suspended (no tap yet), for the "开启声音" story. */
const suspendedAudio = (): AudioLike => ({ state: 'suspended', resume: () => new Promise(() => undefined) }) as unknown as AudioLike;

const meta = {
  title: 'Queue/Board',
  component: 'zw-queue-board',
  args: { source: () => fakeBoardSource(sampleQueue(ago(0), recentCalls())), live: { number: 'A013', window: '3' } },
  render: (args: Args) => {
    const source = args.source();
    return html`<zw-queue-board
      .client=${source}
      .hall=${SAMPLE_HALL}
      .speech=${null}
      .audio=${args.blocked ? suspendedAudio : () => null}
    ></zw-queue-board>`;
  },
  // The call is made after the board has loaded, as on the hall's screen.
  play: async ({ canvasElement, args }: { canvasElement: HTMLElement; args: Args }) => {
    const live = args.live;
    const board = canvasElement.querySelector<ZwQueueBoard>('zw-queue-board')!;
    if (!live) return;
    for (let tries = 0; tries < 40 && board.calls.length === 0; tries += 1) await new Promise((resolve) => setTimeout(resolve, 25));
    const ticket = calledTicket(live.number, live.window, new Date().toISOString());
    (board.client as FakeBoard).stream.emit(
      { type: 'ticket-called', ticket, window: live.window, recall: live.recall ?? false },
      'story-1',
    );
    await board.updateComplete;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A new call flashes, the last calls are listed, waiting per category below. No voice here: a notice says so. */
export const Calling: Story = {};

/** A recall: the same number again, tagged 重呼. */
export const Recall: Story = { args: { live: { number: 'C021', window: '4', recall: true } } };

/** The start of the day: nobody called yet. */
export const NothingCalled: Story = { args: { source: () => fakeBoardSource(sampleQueue(ago(0), [])), live: undefined } };

/** The stream is cut: the board keeps what it showed and says it is reconnecting. */
export const Offline: Story = {
  args: { source: () => fakeBoardSource(sampleQueue(ago(0), recentCalls()), new FakeStream('reconnecting')), live: undefined },
};

/** The browser blocks sound until a tap: the "开启声音" button. */
export const SoundBlocked: Story = { args: { blocked: true, live: undefined } };
