export { GUIDE_NS } from './locales/namespace.js';
export { CatalogIndex, type SearchableItem, type BuildOptions } from './search/catalog-index.js';
export { SearchResult, type Tier } from './search/search-result.js';
export {
  normaliseQuery,
  syllableSpans,
  matchFrom,
  findInReading,
  MAX_QUERY_LENGTH,
  type MatchRange,
} from './search/pinyin-match.js';
