// A hall in memory for the board's (and the counter's) stories and tests.
import type { ConnectionState, HallEventSubscription, SubscribeOptions } from '@zhengwu/core';
import type { Hall, HallEvent, QueueCall, QueueState, Ticket } from '@zhengwu/core/contract';
import type { QueueBoardSource } from '../board-source.js';

/** A fictional hall: three categories, four windows. */
export const SAMPLE_HALL: Hall = {
  code: 'ZWZX-990100',
  name: '示例市政务服务中心',
  regionCode: '990100',
  timeZone: 'Asia/Shanghai',
  translations: { en: { name: 'Example City Government Service Centre' }, 'zh-TW': { name: '示例市政務服務中心' } },
  windows: [
    { id: '1', name: '1号窗口', department: '市公安局', categories: ['household', 'priority'] },
    { id: '2', name: '2号窗口', department: '市公安局', categories: ['household'] },
    { id: '3', name: '3号窗口', department: '市公安局出入境管理支队', categories: ['exit-entry', 'priority'] },
    { id: '4', name: '4号窗口', department: '市人力资源和社会保障局', categories: ['social-insurance'] },
  ],
  categories: [
    { code: 'household', name: '户籍身份证', prefix: 'A', priority: false },
    { code: 'exit-entry', name: '出入境证件', prefix: 'B', priority: false },
    { code: 'social-insurance', name: '社保医保', prefix: 'C', priority: false },
    { code: 'priority', name: '绿色通道', prefix: 'V', priority: true },
  ],
  ratingReasons: [],
  staff: [
    { id: 'S1003', name: '李静', number: 'ZWZX1003' },
    { id: 'S1004', name: '张伟', number: 'ZWZX1004' },
  ],
  noShow: { action: 'requeue', after: 3, times: 2 },
};

const categoryOf = (number: string) => SAMPLE_HALL.categories.find((c) => c.prefix === number[0])?.code ?? 'household';

/** A ticket called at `window`, `at` (ISO). */
export function calledTicket(number: string, window: string, at: string, recalls = 0): Ticket {
  const category = categoryOf(number);
  return {
    id: `t-${number}`,
    number,
    category,
    categoryName: SAMPLE_HALL.categories.find((c) => c.code === category)!.name,
    priority: false,
    status: 'called',
    ahead: 0,
    estimatedWait: { min: 0, max: 0 },
    takenAt: at,
    calledAt: at,
    window,
    windowName: `${window}号窗口`,
    hallName: SAMPLE_HALL.name,
    day: at.slice(0, 10),
    recalls,
  };
}

export const call = (number: string, window: string, at: string, recall = false): QueueCall => ({
  number,
  category: categoryOf(number),
  window,
  windowName: `${window}号窗口`,
  at,
  recall,
});

export function sampleQueue(at: string, recentCalls: QueueCall[]): QueueState {
  return {
    day: at.slice(0, 10),
    at,
    categories: [
      { code: 'household', waiting: 12, estimatedWait: { min: 20, max: 35 }, open: true },
      { code: 'exit-entry', waiting: 5, estimatedWait: { min: 10, max: 20 }, open: true },
      { code: 'social-insurance', waiting: 8, estimatedWait: { min: 15, max: 25 }, open: true },
      { code: 'priority', waiting: 1, estimatedWait: { min: 0, max: 5 }, open: true },
    ],
    windows: SAMPLE_HALL.windows.map((window) => ({ id: window.id, paused: false })),
    recentCalls,
  };
}

/** The hall's public stream, driven by hand: `open`, `emit`, `drop`. */
export class FakeStream {
  subscriptions: SubscribeOptions[] = [];
  private live = new Set<SubscribeOptions>();
  private states = new Map<SubscribeOptions, ConnectionState>();

  constructor(private readonly initial: ConnectionState = 'open') {}

  subscribe(options: SubscribeOptions): HallEventSubscription {
    this.subscriptions.push(options);
    this.live.add(options);
    this.set(options, 'connecting');
    queueMicrotask(() => this.live.has(options) && this.set(options, this.initial));
    const states = this.states;
    return {
      close: () => void this.live.delete(options),
      reconnectNow: () => undefined,
      attempt: 0,
      nextAttemptAt: undefined,
      lastEventId: undefined,
      get state() {
        return states.get(options) ?? 'closed';
      },
    };
  }

  /** Sends `event` to every open subscriber. */
  emit(event: HallEvent, id?: string): void {
    for (const options of this.live) options.onEvent(event, id);
  }

  /** Every subscriber is cut off (`reconnecting`), or back (`open`). */
  state(state: ConnectionState): void {
    for (const options of this.live) this.set(options, state);
  }

  get open(): number {
    return this.live.size;
  }

  private set(options: SubscribeOptions, state: ConnectionState): void {
    this.states.set(options, state);
    options.onState?.(state);
  }
}

export interface FakeBoard extends QueueBoardSource {
  stream: FakeStream;
  /** What `queue()` answers next. */
  state: QueueState;
  queueCalls: number;
}

export function fakeBoardSource(state: QueueState, stream = new FakeStream()): FakeBoard {
  const source: FakeBoard = {
    stream,
    state,
    queueCalls: 0,
    queue: async () => {
      source.queueCalls += 1;
      return structuredClone(source.state);
    },
    hall: async () => SAMPLE_HALL,
    events: (options) => stream.subscribe(options),
  };
  return source;
}
