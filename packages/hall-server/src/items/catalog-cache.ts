import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { CatalogResponse, ServiceItem, ServiceItemSummary } from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';
import { CatalogIndex } from '@zhengwu/service-guide/search/catalog-index';
import { hallSynonyms, withSearchTerms } from '../catalog/synonyms.js';

/** The catalog list is the same for every visitor: built once, answered from memory. */
export class CatalogCache {
  private constructor(
    readonly version: string,
    /** CatalogResponse as JSON text. */
    readonly body: string,
    private readonly names: Map<string, string>,
    private readonly items: ServiceItemSummary[],
  ) {}

  private builtIndex?: ArrayBuffer;

  /**
   * The catalog's search index, built once per version with the same code the browser runs,
   * so a kiosk starts searching without building it (GET /api/catalog/search-index).
   */
  get searchIndex(): ArrayBuffer {
    this.builtIndex ??= CatalogIndex.buildSync(this.items).serialize();
    return this.builtIndex;
  }

  private readonly compressed = new Map<string, ArrayBuffer>();

  /**
   * The index as sent: Brotli or gzip when the client takes it (a third of the bytes or less),
   * compressed once per version at the highest settings, since every kiosk fetches the same bytes.
   */
  searchIndexFor(acceptEncoding: string | undefined): { body: ArrayBuffer; encoding?: 'br' | 'gzip' } {
    const accepted = (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
      .map(([name]) => name.toLowerCase());
    const encoding = accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : undefined;
    if (!encoding) return { body: this.searchIndex };
    let body = this.compressed.get(encoding);
    if (!body) {
      const raw = new Uint8Array(this.searchIndex);
      const bytes =
        encoding === 'br'
          ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
          : gzipSync(raw, { level: 9 });
      body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      this.compressed.set(encoding, body);
    }
    return { body, encoding };
  }

  static async load(db: Kysely<Database>): Promise<CatalogCache> {
    const rows = await db.selectFrom('catalog_items').select(['code', 'name', 'summary']).orderBy('position').execute();
    // Synonyms are applied here, not at import: a hall's new synonyms apply on the next start.
    const synonyms = hallSynonyms();
    const items = rows.map((row) => withSearchTerms(JSON.parse(row.summary) as ServiceItemSummary, synonyms));
    const version = createHash('sha256').update(JSON.stringify(items)).digest('base64url').slice(0, 22);
    const response: CatalogResponse = { version, items };
    return new CatalogCache(version, JSON.stringify(response), new Map(rows.map((row) => [row.code, row.name])), items);
  }

  get etag(): string {
    return `"${this.version}"`;
  }

  /** `If-None-Match` holds this version (weak or strong, in a list, or `*`). */
  matches(ifNoneMatch: string | undefined): boolean {
    if (!ifNoneMatch) return false;
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === '*' || tag === this.etag);
  }

  nameOf(code: string): string | undefined {
    return this.names.get(code);
  }

  async item(db: Kysely<Database>, code: string): Promise<ServiceItem | undefined> {
    const row = await db.selectFrom('catalog_items').select('item').where('code', '=', code).executeTakeFirst();
    return row ? (JSON.parse(row.item) as ServiceItem) : undefined;
  }
}
