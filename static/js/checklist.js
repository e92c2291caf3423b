/* Save a signed-in person's checklist as they tick it, and say "Saved" to screen readers.
   Without JavaScript the "Save my checklist" button posts the same form. Saves of one
   checklist are sent one at a time, so the last tick always wins. */
(function () {
  if (!window.fetch || !window.FormData) return;

  function enhance(form) {
    var status = form.querySelector("[data-checklist-status]");
    var busy = false;
    var again = false;

    function say(text) {
      if (status) status.textContent = text;
    }

    function save() {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      say(form.getAttribute("data-saving"));
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          return response.json().then(function (data) {
            if (!response.ok || !data.saved) throw new Error(data.message || "not saved");
            return data;
          });
        })
        .then(function (data) {
          say(data.message);
        })
        .catch(function () {
          say(form.getAttribute("data-failed"));
        })
        .then(function () {
          busy = false;
          if (again) {
            again = false;
            save();
          }
        });
    }

    form.addEventListener("change", function (event) {
      if (event.target.type === "checkbox") save();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      save();
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-checklist]"), enhance);
})();
