import type { ApplicationRatingTarget, Rating, RatingTarget } from '@zhengwu/core/contract';
import type { ApplicationRatingTable, RatingTable, TransactionTable } from '../db/schema.js';
import { maskPhone } from '../progress/mask.js';

export function toTarget(row: TransactionTable): RatingTarget {
  const target: RatingTarget = {
    transactionId: row.id,
    windowId: row.window_id,
    windowName: row.window_name,
    department: row.department,
    completedAt: row.completed_at,
  };
  if (row.staff_id) target.staffId = row.staff_id;
  if (row.staff_name) target.staffName = row.staff_name;
  if (row.staff_number) target.staffNumber = row.staff_number;
  if (row.service_item_code) target.serviceItemCode = row.service_item_code;
  if (row.service_item_name) target.serviceItemName = row.service_item_name;
  if (row.ticket_number) target.ticketNumber = row.ticket_number;
  return target;
}

/** The Rating as answered: the phone masked, the target from the recorded transaction. */
export function toRating(row: RatingTable, transaction: TransactionTable): Rating {
  const rating: Rating = {
    id: row.id,
    level: row.level as Rating['level'],
    channel: row.channel as Rating['channel'],
    reasons: JSON.parse(row.reasons) as string[],
    ratedAt: row.rated_at,
    receivedAt: row.received_at,
    regionCode: row.region_code,
    target: toTarget(transaction),
  };
  if (row.comment) rating.comment = row.comment;
  if (row.phone) rating.phone = maskPhone(row.phone);
  return rating;
}

/** An application's rating as answered: the phone masked, the target from the application. */
export function toApplicationRating(row: ApplicationRatingTable, target: ApplicationRatingTarget): Rating {
  const rating: Rating = {
    id: row.id,
    level: row.level as Rating['level'],
    channel: row.channel as Rating['channel'],
    reasons: JSON.parse(row.reasons) as string[],
    ratedAt: row.rated_at,
    receivedAt: row.received_at,
    regionCode: row.region_code,
    target,
  };
  if (row.comment) rating.comment = row.comment;
  if (row.phone) rating.phone = maskPhone(row.phone);
  return rating;
}
