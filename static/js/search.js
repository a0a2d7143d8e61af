// Facet checkboxes apply at once; without JavaScript the "Apply filters" button does it.
document.querySelectorAll("form[data-autosubmit]").forEach((form) => {
  const button = form.querySelector("button[type=submit]");
  if (button) button.hidden = true;
  form.addEventListener("change", (event) => {
    if (event.target.matches("input[type=checkbox]")) form.submit();
  });
});
