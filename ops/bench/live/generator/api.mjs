// REST calls of the set-up: sign-in (the server's cookie) and loop import as the bench admin.

export async function signIn(url, username, password) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username}: HTTP ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map(c => c.split(';')[0]).find(c => c.startsWith('interviewloop.auth'));
  if (!cookie) throw new Error(`sign-in of ${username}: no interviewloop.auth cookie in the answer`);
  return cookie;
}

export async function createLoop(url, cookie, document) {
  const response = await fetch(`${url}/api/loops`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(document),
  });
  if (response.status !== 201) throw new Error(`import of ${document.loop.id}: HTTP ${response.status} ${await response.text()}`);
}

// Runs task(item) for every item with at most `width` at a time; returns the results in order.
export async function inBatches(items, width, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => { while (next < items.length) { const i = next++; results[i] = await task(items[i], i); } };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
