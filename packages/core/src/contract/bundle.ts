import * as v from 'valibot';
import { Code, Text } from './common.js';
import { ServiceItem } from './catalog.js';

/**
 * 一件事: one life event (出生, 结婚, 退休 …) and the service items it takes, done in one visit.
 * The items are listed by 实施编码 in the order a visitor goes through them.
 */
export const ServiceBundle = v.object({
  code: Code,
  name: Text(60),
  /** 俗称 and keywords a visitor types (生孩子, 新生儿 …): the catalog search finds the bundle by them. */
  aliases: v.pipe(v.array(Text(30)), v.maxLength(30)),
  /** One sentence: what the bundle takes care of. */
  description: Text(300),
  /** 主题 the bundle belongs to, as on items. */
  themes: v.array(Text(20)),
  items: v.pipe(v.array(Code), v.minLength(2), v.maxLength(20)),
});
export type ServiceBundle = v.InferOutput<typeof ServiceBundle>;

export const BundlesResponse = v.object({ bundles: v.array(ServiceBundle) });
export type BundlesResponse = v.InferOutput<typeof BundlesResponse>;

/** `GET /catalog/bundles/{code}`: the bundle with the full 办事指南 of each of its items, in its order. */
export const BundleGuide = v.object({
  bundle: ServiceBundle,
  items: v.array(ServiceItem),
});
export type BundleGuide = v.InferOutput<typeof BundleGuide>;
