import type { QueueCategory } from '@zhengwu/core/contract';
import { ApiError } from '../http/errors.js';
import type { HallZone } from './hall-zone.js';
import { lastTicketNumber } from './tickets.js';

/** What a category may still issue today, given its counter row. */
export interface Allowance {
  /** Tickets of any kind. */
  left: number;
  /** Of those, tickets without a kiosk token. */
  anonymousLeft: number;
  /** Which bound `left` is: the last number or the day's quota. */
  bound: 'numbers' | 'quota';
}

/** Most tickets a day: the quota, never past the last number. */
export function dailyCapacity(category: QueueCategory): number {
  return Math.min(lastTicketNumber(category), category.dailyQuota ?? Number.POSITIVE_INFINITY);
}

/**
 * Anonymous issuing (a phone, a portal) gets `anonymousShare` of the day's capacity: a script
 * taking numbers in a loop can then never leave the kiosks (and the priority visitors at them)
 * without any.
 */
export function allowance(category: QueueCategory, issued: number, anonymousIssued: number, anonymousShare: number): Allowance {
  const capacity = dailyCapacity(category);
  const quotaBinds = category.dailyQuota !== undefined && category.dailyQuota < lastTicketNumber(category);
  return {
    left: Math.max(0, capacity - issued),
    anonymousLeft: Math.max(0, Math.floor(capacity * anonymousShare) - anonymousIssued),
    bound: quotaBinds ? 'quota' : 'numbers',
  };
}

export function refusal(kind: 'numbers' | 'quota' | 'anonymous', category: QueueCategory): ApiError {
  if (kind === 'numbers') {
    return new ApiError(409, 'numbers_exhausted', `The last number of category ${category.code} for today has been issued.`);
  }
  if (kind === 'quota') {
    return new ApiError(409, 'daily_quota_reached', `Category ${category.code} has issued its ${category.dailyQuota} tickets for today.`);
  }
  return new ApiError(409, 'anonymous_quota_reached', `Tickets for category ${category.code} are now issued at the hall's kiosks only.`);
}

/** Whether the category issues at `now` on the hall's clocks (from included, to excluded). */
export function withinIssuingHours(category: QueueCategory, now: Date, zone: HallZone): boolean {
  const hours = category.issuingHours;
  if (!hours) return true;
  const time = zone.timeOfDay(now);
  return hours.from <= hours.to ? time >= hours.from && time < hours.to : time >= hours.from || time < hours.to;
}

/** A 409 outside the category's issuing hours (from included, to excluded). */
export function checkIssuingHours(category: QueueCategory, now: Date, zone: HallZone): void {
  const hours = category.issuingHours;
  if (hours && !withinIssuingHours(category, now, zone)) {
    throw new ApiError(
      409,
      'outside_issuing_hours',
      `Tickets for category ${category.code} are issued from ${hours.from} to ${hours.to}.`,
      [{ path: 'category', message: `issued ${hours.from}–${hours.to}` }],
    );
  }
}
