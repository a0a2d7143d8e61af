// Search as you type: every input[data-suggest-url] becomes a combobox with a
// listbox of suggestions (the WAI-ARIA 1.2 pattern). Without JavaScript the
// input stays a plain search form. The texts read by people come translated
// from this script element's data attributes.
(() => {
  const texts = document.currentScript ? document.currentScript.dataset : {};
  const DELAY_MS = 150;
  const MIN_CHARS = 2;
  let boxes = 0;

  function countText(count) {
    if (count === 0) return texts.none || "";
    if (count === 1) return texts.one || "";
    return (texts.many || "").replace("{count}", String(count));
  }

  function enhance(input) {
    boxes += 1;
    const listId = `suggest-list-${boxes}`;
    const wrapper = document.createElement("div");
    wrapper.className = "suggest";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    const list = document.createElement("ul");
    list.id = listId;
    list.className = "suggest__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", texts.label || "");
    list.hidden = true;
    const status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    wrapper.append(list, status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");

    let options = [];
    let active = -1;
    let timer = null;
    let pending = null;

    function highlight(index) {
      active = index;
      options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
      if (index < 0) {
        input.removeAttribute("aria-activedescendant");
        return;
      }
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      highlight(-1);
    }

    function open() {
      if (!options.length) return;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function show(suggestions) {
      list.replaceChildren();
      options = suggestions.map((entry, i) => {
        const option = document.createElement("li");
        option.id = `${listId}-${i}`;
        option.className = "suggest__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = entry.url;
        if (entry.lang && entry.lang !== document.documentElement.lang) option.lang = entry.lang;
        option.textContent = entry.title;
        list.appendChild(option);
        return option;
      });
      highlight(-1);
      status.textContent = countText(options.length);
      if (options.length) open();
      else close();
    }

    async function load(value) {
      if (pending) pending.abort();
      pending = new AbortController();
      const url = new URL(input.dataset.suggestUrl, window.location.href);
      url.searchParams.set("q", value);
      try {
        const response = await fetch(url, {
          headers: { Accept: "application/json" },
          signal: pending.signal,
        });
        if (!response.ok) return;
        const data = await response.json();
        if (input.value.trim() === value) show(data.suggestions || []);
      } catch (error) {
        if (error.name !== "AbortError") close();
      }
    }

    input.addEventListener("input", () => {
      window.clearTimeout(timer);
      const value = input.value.trim();
      if (value.length < MIN_CHARS) {
        options = [];
        list.replaceChildren();
        status.textContent = "";
        close();
        return;
      }
      timer = window.setTimeout(() => load(value), DELAY_MS);
    });

    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!options.length) return;
        event.preventDefault();
        open();
        const step = event.key === "ArrowDown" ? 1 : -1;
        const next = active + step;
        highlight(next < -1 ? options.length - 1 : next >= options.length ? -1 : next);
      } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
        event.preventDefault();
        window.location.assign(options[active].dataset.url);
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener("blur", close);
    // Keep the focus in the input while a pointer chooses an option.
    list.addEventListener("mousedown", (event) => event.preventDefault());
    list.addEventListener("click", (event) => {
      const option = event.target.closest("[role=option]");
      if (option) window.location.assign(option.dataset.url);
    });
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(enhance);
})();
