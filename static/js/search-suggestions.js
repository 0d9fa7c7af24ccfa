// Suggestions for the search fields, as the visitor types. The form works without it.
(function () {
  "use strict";
  var list = document.getElementById("search-suggestions");
  if (!list || !window.fetch) return;
  var timer = null;
  var last = "";

  function show(items) {
    list.textContent = "";
    items.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.title;
      list.appendChild(option);
    });
  }

  function suggest(input) {
    var query = input.value.trim();
    if (query.length < 2 || query === last) return;
    last = query;
    fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(query), {
      headers: { Accept: "application/json" },
    })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) { if (data.query === last) show(data.suggestions); })
      .catch(function () {});
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(function (input) {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { suggest(input); }, 150);
    });
  });
})();
