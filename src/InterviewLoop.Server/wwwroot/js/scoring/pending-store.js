// Unacknowledged changes, kept in localStorage so that edits made offline survive a reload or a
// closed tab and are replayed (with their operation ids) once the page is back.
export class PendingStore {
  constructor(key) { this.key = key; }

  load() {
    if (!this.key) return [];
    try {
      const ops = JSON.parse(localStorage.getItem(this.key) ?? '[]');
      return Array.isArray(ops) ? ops.filter(op => typeof op?.operationId === 'string') : [];
    } catch {
      return [];
    }
  }

  save(ops) {
    if (!this.key) return;
    try {
      if (ops.length) localStorage.setItem(this.key, JSON.stringify(ops));
      else localStorage.removeItem(this.key);
    } catch { /* storage full or blocked: the in-memory queue still holds them */ }
  }
}
