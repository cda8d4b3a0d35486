export { GUIDE_NS } from './locales/namespace.js';
export { CatalogIndex, type SearchableItem, type BuildOptions } from './search/catalog-index.js';
export { SearchResult, type Tier } from './search/search-result.js';
export { normaliseQuery, syllableSpans, matchFrom, findInLattice, MAX_QUERY_LENGTH, type MatchRange } from './search/pinyin-match.js';
export { ZwServiceGuide, FOLDING_SECTIONS } from './service-guide/zw-service-guide.js';
export {
  ZwServiceGuideLoadEvent,
  ZwGuidePrintEvent,
  ZwGuideLinkEvent,
  ZwGuideToggleEvent,
  GUIDE_SECTIONS,
  type GuideSection,
  type GuideLinkKind,
} from './service-guide/zw-service-guide-events.js';
export { isItemCode, parseItem, type ItemSource } from './item/item-loader.js';
export type { LoadStatus } from '@zhengwu/core';
export { ZwServiceCatalog, type ServiceCatalogStatus } from './service-catalog/zw-service-catalog.js';
export { ZwServiceSelectEvent, ZwServiceCatalogLoadEvent } from './service-catalog/zw-service-catalog-events.js';
export { loadCatalog, clearSavedCatalogs, type LoadedCatalog, type CatalogFetcher } from './service-catalog/catalog-source.js';
export {
  facetValues,
  highFrequencyItems,
  matchesFacet,
  FACET_KINDS,
  type Facet,
  type FacetKind,
} from './service-catalog/catalog-facets.js';
export { ZwServiceChecklist, CHECKLIST_LAYOUTS, type ChecklistSource } from './service-checklist/zw-service-checklist.js';
export {
  ZwServiceChecklistLoadEvent,
  ZwChecklistPrintEvent,
  type ChecklistLayout,
} from './service-checklist/zw-service-checklist-events.js';
export { ZwServiceBundle } from './service-bundle/zw-service-bundle.js';
export { ZwServiceBundleLoadEvent, ZwBundlePrintEvent } from './service-bundle/zw-service-bundle-events.js';
export { mergeMaterials, byDepartment, type MergedMaterial } from './service-bundle/merge-materials.js';
export { apiBundleSource, parseBundleGuide, type BundleSource } from './service-bundle/bundle-source.js';
export { ZwBundleSelectEvent, matchBundles, loadBundles, type BundleFetcher } from './service-catalog/catalog-bundles.js';
