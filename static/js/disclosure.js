// A button with data-disclosure shows and hides the panel named by its aria-controls
// (the menu, the filters). Without JavaScript the button stays hidden and the panel open.
document.querySelectorAll("[data-disclosure]").forEach((button) => {
  const panel = document.getElementById(button.getAttribute("aria-controls"));
  if (!panel) return;
  const setOpen = (open) => button.setAttribute("aria-expanded", String(open));
  button.hidden = false;
  button.addEventListener("click", () => setOpen(button.getAttribute("aria-expanded") !== "true"));
  const closeOnEscape = (event) => {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      button.focus();
    }
  };
  button.addEventListener("keydown", closeOnEscape);
  panel.addEventListener("keydown", closeOnEscape);
});
