/** The few IndexedDB operations the outbox needs, as promises. */
export function openDatabase(name: string, store: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // Version 2 adds the `state` index, so counting never reads every item.
    const request = indexedDB.open(name, 2);
    request.onupgradeneeded = () => {
      const objects = request.result.objectStoreNames.contains(store)
        ? request.transaction!.objectStore(store)
        : request.result.createObjectStore(store, { keyPath: 'key' });
      if (!objects.indexNames.contains('state')) objects.createIndex('state', 'state');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`IndexedDB ${name} is blocked by another tab`));
  });
}

/** Runs `work` in one transaction and resolves when it is committed (durably for writes). */
export function inTransaction<T>(
  db: IDBDatabase,
  store: string,
  mode: IDBTransactionMode,
  work: (objects: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(store, mode, { durability: 'strict' });
    const request = work(transaction.objectStore(store));
    transaction.oncomplete = () => resolve(request ? request.result : undefined);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'));
  });
}

/** How many items are in each state, read from the `state` index. */
export function countByState(db: IDBDatabase, store: string, states: readonly string[]): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(store, 'readonly');
    const index = transaction.objectStore(store).index('state');
    const requests = states.map((state) => index.count(state));
    transaction.oncomplete = () => resolve(requests.map((request) => request.result));
    transaction.onerror = () => reject(transaction.error);
  });
}
