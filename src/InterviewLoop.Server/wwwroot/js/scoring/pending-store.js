import { newOperationId } from '../ids.js';

// Unacknowledged changes, kept in localStorage so that edits made offline survive a reload or a
// closed tab and are replayed (with their operation ids) once a page of the round is back. Each
// page keeps its own entry (`prefix:pageId`), so two tabs never overwrite each other's; a page
// that starts adopts whatever other pages left behind. Sending one change twice is harmless: the
// server deduplicates by operation id.
export class PendingStore {
  constructor(prefix) {
    this.prefix = prefix;
    this.key = prefix ? `${prefix}:${newOperationId()}` : null;
  }

  // Everything left by this round's earlier (or other) pages, now held under this page's key.
  load() {
    if (!this.key) return [];
    const keys = this.#entries();
    const seen = new Set();
    const ops = keys.flatMap(k => this.#read(k)).filter(op => !seen.has(op.operationId) && seen.add(op.operationId));
    this.save(ops);
    for (const k of keys) localStorage.removeItem(k);
    return ops;
  }

  save(ops) {
    if (!this.key) return;
    try {
      if (ops.length) localStorage.setItem(this.key, JSON.stringify(ops));
      else localStorage.removeItem(this.key);
    } catch { /* storage full or blocked: the in-memory queue still holds them */ }
  }

  #entries() {
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith(`${this.prefix}:`) && k !== this.key) keys.push(k);
    }
    return keys;
  }

  #read(key) {
    try {
      const ops = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(ops) ? ops.filter(op => typeof op?.operationId === 'string') : [];
    } catch {
      return [];
    }
  }
}
