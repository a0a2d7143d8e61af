// The "Keep for offline" button of a sheet: asks the service worker (static/js/sw.js) to
// keep this sheet on the device until the coach removes it, and says what it did. Without
// a service worker the button stays hidden.
const keepButton = document.querySelector("[data-keep-offline]");
const keepStatus = document.querySelector("[data-keep-offline-status]");

async function askWorker(action) {
  const registration = await navigator.serviceWorker.ready;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    registration.active.postMessage({ sheet: location.href, action }, [channel.port2]);
  });
}

function showKept(answer) {
  keepButton.setAttribute("aria-pressed", String(answer.kept));
  keepButton.hidden = false;
}

async function toggle() {
  const answer = await askWorker(keepButton.getAttribute("aria-pressed") === "true" ? "remove" : "keep");
  showKept(answer);
  if (answer.failed) keepStatus.textContent = keepStatus.dataset.failed;
  else keepStatus.textContent = answer.kept ? keepStatus.dataset.kept : keepStatus.dataset.removed;
}

if (keepButton && keepStatus && "serviceWorker" in navigator) {
  askWorker("ask").then(showKept);
  keepButton.addEventListener("click", toggle);
}
