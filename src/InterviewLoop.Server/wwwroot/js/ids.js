// Operation ids make a resent change harmless. crypto.randomUUID needs a secure context, which a
// phone on the office network (plain http) is not, so fall back to getRandomValues.
export function newOperationId() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
