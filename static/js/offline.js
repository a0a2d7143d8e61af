// Registers the service worker (static/js/sw.js) and asks it to keep, for reading offline,
// this page when it is meant for that, the glossary and the onboarding path.
const offlineScript = document.currentScript;
if ("serviceWorker" in navigator && offlineScript) {
  const keep = offlineScript.dataset.keep.split(" ").filter(Boolean);
  if (document.querySelector("[data-offline-copy][hidden]")) keep.push(location.href);
  navigator.serviceWorker
    .register(offlineScript.dataset.serviceWorker)
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active.postMessage({ keep }));
}
