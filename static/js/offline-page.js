// Lists the pages the service worker (static/js/sw.js) stored on this device: the
// offline page stands in for any page it holds no copy of, so the coach sees at once
// what they can still read.
const parser = new DOMParser();

async function describe(request, response) {
  if (!(response.headers.get("Content-Type") || "").startsWith("text/html")) return null;
  const html = parser.parseFromString(await response.text(), "text/html");
  if (!html.querySelector("[data-offline-copy]")) return null;
  const title = html.querySelector("h1")?.textContent.trim() || request.url;
  const sheet = html.body.classList.contains("page-practice");
  return { url: request.url, title, sheet, language: html.documentElement.lang };
}

async function storedPages() {
  const pages = new Map();
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (pages.has(request.url)) continue;
      const page = await describe(request, await cache.match(request));
      if (page) pages.set(request.url, page);
    }
  }
  return [...pages.values()].sort((a, b) => a.title.localeCompare(b.title));
}

function fill(list, pages) {
  for (const page of pages) {
    const link = document.createElement("a");
    link.href = page.url;
    link.textContent = page.title;
    if (page.language && page.language !== document.documentElement.lang) {
      link.lang = page.language;
      link.hreflang = page.language;
    }
    const item = document.createElement("li");
    item.append(link);
    list.append(item);
  }
  list.hidden = pages.length === 0;
}

document.addEventListener("DOMContentLoaded", async () => {
  const retry = document.querySelector("[data-reload]");
  retry.hidden = false;
  retry.addEventListener("click", () => location.reload());
  if (!("caches" in window)) return;
  const pages = await storedPages();
  const sheets = pages.filter((page) => page.sheet);
  const others = pages.filter((page) => !page.sheet);
  fill(document.querySelector("[data-stored-sheets]"), sheets);
  document.querySelector("[data-stored-none]").hidden = sheets.length > 0;
  const otherSection = document.querySelector("[data-stored-other]");
  fill(otherSection.querySelector("ul"), others);
  otherSection.hidden = others.length === 0;
});
