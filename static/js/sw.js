// Keeps the public copy of the pages a coach may need on a visit (the sheets they
// opened, the glossary, the onboarding path) and serves it when the network is out of
// reach. A copy is fetched without the visitor's cookies and kept only when the page
// carries the stored-copy notice and the server allows storing it, so nothing meant
// for members only (session notes) is ever stored on the device. That public copy never
// enters the browser's own cache either: Back would show a signed-in member the
// signed-out page.
const CACHE = "ancora-offline-v1";
const MAX_PAGES = 100;
const NOTICE_HIDDEN = "data-offline-copy hidden";
const NOTICE_SHOWN = "data-offline-copy";
const ASSET = /<(?:link rel="stylesheet"|script)[^>]*? (?:href|src)="([^"]+)"/g;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

function sameOrigin(address) {
  const url = new URL(address, self.location.origin);
  url.hash = "";
  return url.origin === self.location.origin ? url : null;
}

function storable(response) {
  const control = response.headers.get("Cache-Control") || "";
  return response.ok && !response.redirected && !/private|no-store/i.test(control);
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

async function forgetOldest(cache) {
  const pages = (await cache.keys()).filter((request) => !new URL(request.url).pathname.match(/\.\w+$/));
  await Promise.all(pages.slice(0, -MAX_PAGES).map((request) => cache.delete(request)));
}

async function keep(address) {
  const url = sameOrigin(address);
  if (!url) return;
  const cache = await caches.open(CACHE);
  const response = await fetch(url, { credentials: "omit", cache: "no-store" });
  if (response.status >= 500) return;
  const html = storable(response) ? await response.text() : "";
  await cache.delete(url);
  if (!html.includes(NOTICE_HIDDEN)) return;
  const headers = { "Content-Type": response.headers.get("Content-Type") };
  await cache.put(url, new Response(html.replace(NOTICE_HIDDEN, NOTICE_SHOWN), { headers }));
  await keepAssets(cache, html);
  await forgetOldest(cache);
}

self.addEventListener("message", (event) => {
  const addresses = Array.isArray(event.data?.keep) ? event.data.keep : [];
  event.waitUntil(Promise.all(addresses.map((address) => keep(address).catch(() => null))));
});

async function storedCopy(request) {
  const url = sameOrigin(request.url);
  return (url && (await caches.match(url))) || Response.error();
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const kept = request.mode === "navigate" || ["style", "script"].includes(request.destination);
  if (request.method !== "GET" || !kept) return;
  event.respondWith(fetch(request).catch(() => storedCopy(request)));
});
