// Keeps the public copy of the pages a coach may need on a visit (the sheets they opened
// or kept, the glossary, the onboarding path) and serves it when the network is out of
// reach; any other page offline gets the offline page of its language, which lists them.
// The server puts OFFLINE_PAGES and DEFAULT_LANGUAGE before this script (kb/home/offline.py).
// A copy is fetched without the visitor's cookies and kept only when the page carries the
// stored-copy notice and the server allows storing it, so nothing meant for members only
// (session notes) is ever stored on the device. That public copy never enters the
// browser's own cache either: Back would show a signed-in member the signed-out page.
const RECENT = "ancora-offline-v1"; // pages opened lately; the oldest are forgotten first
const KEPT = "ancora-kept-v1"; // sheets a coach chose to keep, until they remove them
const SHELL = "ancora-offline-page-v1"; // the offline page in each language
const MAX_PAGES = 100;
const NOTICE_HIDDEN = "data-offline-copy hidden";
const NOTICE_SHOWN = "data-offline-copy";
const ASSET = /<(?:link rel="stylesheet"|script)[^>]*? (?:href|src)="([^"]+)"/g;

function sameOrigin(address) {
  const url = new URL(address, self.location.origin);
  url.hash = "";
  return url.origin === self.location.origin ? url : null;
}

function fetchPublic(url) {
  return fetch(url, { credentials: "omit", cache: "no-store" });
}

function storable(response) {
  const control = response.headers.get("Cache-Control") || "";
  return response.ok && !response.redirected && !/private|no-store/i.test(control);
}

function htmlCopy(html, response) {
  return new Response(html, { headers: { "Content-Type": response.headers.get("Content-Type") } });
}

async function keepAssets(cache, html) {
  const urls = [...html.matchAll(ASSET)].map((match) => sameOrigin(match[1])).filter(Boolean);
  await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url, { credentials: "omit" });
      if (storable(response)) await cache.put(url, response);
    }),
  );
}

async function storeOfflinePages() {
  const cache = await caches.open(SHELL);
  await Promise.all(
    Object.values(OFFLINE_PAGES).map(async (address) => {
      const url = sameOrigin(address);
      const response = await fetchPublic(url);
      if (!storable(response)) throw new Error(`${url} cannot be stored: ${response.status}`);
      const html = await response.text();
      await cache.put(url, htmlCopy(html, response));
      await keepAssets(cache, html);
    }),
  );
}

self.addEventListener("install", (event) => {
  self.skipWaiting();
  event.waitUntil(storeOfflinePages());
});

self.addEventListener("activate", (event) => {
  const current = [RECENT, KEPT, SHELL];
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => !current.includes(name)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

async function forgetOldest(cache) {
  const pages = (await cache.keys()).filter((request) => !new URL(request.url).pathname.match(/\.\w+$/));
  await Promise.all(pages.slice(0, -MAX_PAGES).map((request) => cache.delete(request)));
}

// The public copy of a page, or null when it is not one to store. A server error throws,
// so that the copy already stored stays.
async function publicCopy(url) {
  const response = await fetchPublic(url);
  if (response.status >= 500) throw new Error(`${url} answered ${response.status}`);
  const html = storable(response) ? await response.text() : "";
  return html.includes(NOTICE_HIDDEN) ? { html, response } : null;
}

// Puts a copy in the cache ``name``, or takes the page out of it when it has none.
async function store(url, copy, name) {
  const cache = await caches.open(name);
  if (!copy) {
    await cache.delete(url);
    return false;
  }
  await cache.put(url, htmlCopy(copy.html.replace(NOTICE_HIDDEN, NOTICE_SHOWN), copy.response));
  if (name === RECENT) await forgetOldest(cache);
  return true;
}

// What changes where a page's copies are (kept or recent) runs one change at a time for
// that page, after its copy has arrived: a refresh ending while the coach removes the
// sheet would otherwise put it back among the kept ones.
const turns = new Map();

function inTurn(url, change) {
  const previous = turns.get(url.href) || Promise.resolve();
  const done = previous.then(change, change);
  const settled = done.catch(() => null);
  turns.set(url.href, settled);
  settled.then(() => turns.get(url.href) === settled && turns.delete(url.href));
  return done;
}

async function isKept(url) {
  return Boolean(await (await caches.open(KEPT)).match(url));
}

// A page opened again refreshes its copy where it is when the copy arrives: among the
// kept sheets or the recent pages.
async function refresh(address) {
  const url = sameOrigin(address);
  if (!url) return false;
  const copy = await publicCopy(url);
  const name = await inTurn(url, async () => {
    const where = (await isKept(url)) ? KEPT : RECENT;
    return (await store(url, copy, where)) ? where : null;
  });
  if (name) await keepAssets(await caches.open(name), copy.html);
  return Boolean(name);
}

async function forget(url, names) {
  await Promise.all(names.map(async (name) => (await caches.open(name)).delete(url)));
}

// What the "Keep for offline" button of a sheet asks (static/js/keep-offline.js).
const SHEET_ACTIONS = {
  ask: async (url) => ({ kept: await isKept(url) }),
  keep: async (url) => {
    const copy = await publicCopy(url);
    const kept = await inTurn(url, async () => {
      const stored = await store(url, copy, KEPT);
      if (stored) await forget(url, [RECENT]);
      return stored;
    });
    if (kept) await keepAssets(await caches.open(KEPT), copy.html);
    return { kept, failed: !kept };
  },
  remove: (url) => inTurn(url, async () => {
    await forget(url, [KEPT, RECENT]);
    return { kept: false };
  }),
};

async function answerSheet(url, action) {
  try {
    return await SHEET_ACTIONS[action](url);
  } catch {
    return { kept: await isKept(url), failed: true };
  }
}

self.addEventListener("message", (event) => {
  const { keep: addresses, sheet, action } = event.data || {};
  if (Array.isArray(addresses)) {
    event.waitUntil(Promise.all(addresses.map((address) => refresh(address).catch(() => null))));
  }
  const url = sheet && sameOrigin(sheet);
  if (url && Object.hasOwn(SHEET_ACTIONS, action) && event.ports[0]) {
    event.waitUntil(answerSheet(url, action).then((answer) => event.ports[0].postMessage(answer)));
  }
});

function offlinePage(url) {
  const wanted = [url.pathname.split("/")[1], ...self.navigator.languages.map((tag) => tag.split("-")[0])];
  const language = wanted.find((code) => Object.hasOwn(OFFLINE_PAGES, code)) || DEFAULT_LANGUAGE;
  return sameOrigin(OFFLINE_PAGES[language]);
}

async function storedCopy(request) {
  const url = sameOrigin(request.url);
  if (!url) return Response.error();
  const copy = (await caches.match(url)) || (request.mode === "navigate" && (await caches.match(offlinePage(url))));
  return copy || Response.error();
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const kept = request.mode === "navigate" || ["style", "script"].includes(request.destination);
  if (request.method !== "GET" || !kept) return;
  event.respondWith(fetch(request).catch(() => storedCopy(request)));
});
