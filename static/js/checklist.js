// Task checklist: ticks go to the server for logged-in participants and to localStorage
// for anonymous visitors. Without JavaScript, logged-in users save with the form's button.
(function () {
  "use strict";
  var STORE = "samling-ticks";
  var forms = document.querySelectorAll("form.task-check");
  if (!forms.length) return;

  function stored() {
    try { return JSON.parse(window.localStorage.getItem(STORE) || "{}"); } catch (e) { return {}; }
  }
  function store(key, done) {
    var ticks = stored();
    if (done) { ticks[key] = true; } else { delete ticks[key]; }
    try { window.localStorage.setItem(STORE, JSON.stringify(ticks)); } catch (e) { /* private mode */ }
  }
  function send(form, done) {
    var data = new FormData(form);
    data.set("done", done ? "1" : "0");
    return fetch(form.action, {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
    });
  }
  function updateProgress() {
    document.querySelectorAll("[data-progress]").forEach(function (box) {
      var keys = box.getAttribute("data-progress").split(" ").filter(Boolean);
      var done = keys.filter(function (key) {
        var box = document.querySelector('form.task-check[data-task="' + key + '"] input[type=checkbox]');
        if (box) return box.checked;
        // a team task: done by the team's answer, as the server said (teamwork.progress)
        var status = document.querySelector('[data-task-status="' + key + '"]');
        return !!status && status.getAttribute("data-done") === "1";
      }).length;
      box.querySelector("[data-done]").textContent = done;
    });
  }

  var ticks = stored();
  forms.forEach(function (form) {
    var key = form.getAttribute("data-task");
    var server = form.getAttribute("data-server") === "1";
    var box = form.querySelector("input[type=checkbox]");
    form.querySelector(".task-check__save").hidden = true;
    if (!server) { form.hidden = false; box.checked = !!ticks[key]; }
    box.addEventListener("change", function () {
      var done = box.checked;
      if (!server) { store(key, done); updateProgress(); return; }
      send(form, done).then(updateProgress, function () { box.checked = !done; });
    });
  });
  updateProgress();
})();
