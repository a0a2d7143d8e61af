// A page cannot be saved without a title: autosave waits until the title is filled,
// so a blank new page never reports "autosave paused" before the writer has begun.
// Caught on the way down, the skipped save reaches neither the form nor the indicator.
window.addEventListener(
  "w-autosave:save",
  (event) => {
    const form = event.target;
    const title = form instanceof HTMLFormElement ? form.elements.namedItem("title") : null;
    if (title && !title.value.trim()) {
      event.preventDefault();
      event.stopPropagation();
    }
  },
  true,
);
