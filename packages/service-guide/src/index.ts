export { GUIDE_NS } from './locales/namespace.js';
export { CatalogIndex, type SearchableItem, type BuildOptions } from './search/catalog-index.js';
export { SearchResult, type Tier } from './search/search-result.js';
export {
  normaliseQuery,
  syllableSpans,
  matchFrom,
  findInLattice,
  MAX_QUERY_LENGTH,
  type MatchRange,
} from './search/pinyin-match.js';
export { ZwServiceGuide, FOLDING_SECTIONS } from './guide/zw-service-guide.js';
export {
  ZwServiceGuideLoadEvent,
  ZwGuidePrintEvent,
  ZwGuideLinkEvent,
  ZwGuideToggleEvent,
  GUIDE_SECTIONS,
  type GuideSection,
  type GuideLinkKind,
} from './guide/zw-service-guide-events.js';
export { isItemCode, parseItem, type ItemSource } from './item/item-loader.js';
export type { LoadStatus } from '@zhengwu/core';
export { ZwServiceCatalog, type ServiceCatalogStatus } from './catalog/zw-service-catalog.js';
export { ZwServiceSelectEvent, ZwServiceCatalogLoadEvent } from './catalog/zw-service-catalog-events.js';
export { loadCatalog, clearSavedCatalogs, type LoadedCatalog, type CatalogFetcher } from './catalog/catalog-source.js';
export { facetValues, highFrequencyItems, matchesFacet, FACET_KINDS, type Facet, type FacetKind } from './catalog/catalog-facets.js';
export { ZwServiceChecklist, CHECKLIST_LAYOUTS, type ChecklistSource } from './checklist/zw-service-checklist.js';
export { ZwServiceChecklistLoadEvent, ZwChecklistPrintEvent, type ChecklistLayout } from './checklist/zw-service-checklist-events.js';
