// A team answer: what the member types is kept as their draft on the server (so another
// device finds it), and on a conflict "take mine" / "take theirs" fill the one field.
(function () {
  "use strict";
  var form = document.querySelector("form.answer-form[data-draft-url]");
  if (!form) return;
  var field = form.querySelector("textarea[name=text]");
  var status = form.querySelector("[data-draft-status]");
  var timer = null;
  var sent = field.value;

  function keep(keepalive) {
    window.clearTimeout(timer);
    if (field.value === sent) return;
    var data = new FormData();
    data.set("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
    data.set("text", field.value);
    data.set("version", form.querySelector("[name=version]").value);
    var text = field.value;
    fetch(form.getAttribute("data-draft-url"), {
      method: "POST", body: data, credentials: "same-origin", keepalive: !!keepalive,
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (body) {
        if (response.ok) { sent = text; status.textContent = body.saved; }
        else { status.textContent = body.error || ""; }
      });
    }).catch(function () { /* offline: the text is still in the field */ });
  }

  field.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(keep, 1500);
  });
  field.addEventListener("blur", function () { keep(false); });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") keep(true);
  });
  form.addEventListener("submit", function () { window.clearTimeout(timer); sent = field.value; });

  document.querySelectorAll("[data-take]").forEach(function (button) {
    var source = document.querySelector('template[data-text="' + button.getAttribute("data-take") + '"]');
    if (!source) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      field.value = source.content.textContent;
      field.focus();
      keep(false);
    });
  });
})();
