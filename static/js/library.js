// The tool library filters as one types or chooses: the form's address is fetched and its
// results and filters put in place. Without this script the button sends the same form.
(function () {
  "use strict";
  var form = document.querySelector("[data-library-form]");
  var results = document.querySelector("[data-library-results]");
  if (!form || !results || !window.fetch || !window.DOMParser) return;
  var timer = null;
  var latest = 0;

  function address() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value && !(name === "sort" && value === "name")) params.append(name, value);
    });
    var query = params.toString();
    return form.action.split("?")[0] + (query ? "?" + query : "");
  }

  function update() {
    var url = address();
    var ticket = ++latest;
    fetch(url, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response); })
      .then(function (html) {
        if (ticket !== latest) return; // a newer request is on its way
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.querySelector("[data-library-results]");
        var facets = page.querySelectorAll("[data-library-form] fieldset");
        if (!fresh) return;
        results.innerHTML = fresh.innerHTML;
        form.querySelectorAll("fieldset").forEach(function (fieldset, index) {
          if (facets[index] && !fieldset.contains(document.activeElement)) fieldset.innerHTML = facets[index].innerHTML;
        });
        history.replaceState(null, "", url);
      })
      .catch(function () { /* the button still sends the form */ });
  }

  function soon() {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  }

  document.querySelectorAll("[form='" + form.id + "'], [data-library-form]").forEach(function (element) {
    element.addEventListener(element.matches("[data-library-words]") ? "input" : "change", soon);
  });
})();
