// When an autosave succeeds, Wagtail takes the form as it is *then* for the saved state.
// An edit typed while the save was on its way would count as saved: it was never sent,
// the next autosave would not send it and leaving the page would not warn.
// After such an edit, the saved state is set back to what that save sent, so the edit
// autosaves next. Changes the server itself makes to the form are no edit: they start
// no further save.
{
  const notCompared = ["csrfmiddlewaretoken", "next", "overwrite_revision_id"];
  const sentBy = new WeakMap();
  let edits = 0;

  const comparable = (formData) => {
    const data = new FormData();
    for (const [name, value] of formData) {
      if (!notCompared.includes(name)) data.append(name, value);
    }
    return new URLSearchParams(data).toString();
  };

  for (const type of ["input", "change"]) {
    document.addEventListener(type, () => edits++, true);
  }

  document.addEventListener("w-autosave:save", (event) => {
    if (event.defaultPrevented) return;
    sentBy.set(event.detail.trigger || event.target, { formData: event.detail.formData, edits });
  });

  document.addEventListener("w-autosave:success", (event) => {
    const form = event.target;
    const sent = sentBy.get(event.detail.trigger || form);
    const unsaved = window.wagtail.app.getControllerForElementAndIdentifier(form, "w-unsaved");
    if (!sent || !unsaved || sent.edits === edits) return;
    const saved = comparable(sent.formData);
    unsaved.initialFormData = saved;
    unsaved.previousFormData = saved;
  });
}
