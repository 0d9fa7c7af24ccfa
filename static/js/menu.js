// The header's menu button on narrow screens. Without this script the menu stays open.
(function () {
  "use strict";
  var button = document.querySelector("[data-menu-button]");
  var menu = button && document.getElementById(button.getAttribute("aria-controls"));
  if (!menu) return;
  var narrow = window.matchMedia("(max-width: 47.99rem)");

  function set(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    menu.classList.toggle("site-menu--closed", !open);
  }

  function fit() {
    button.classList.toggle("menu-button--shown", narrow.matches);
    set(!narrow.matches);
  }

  button.addEventListener("click", function () {
    var open = button.getAttribute("aria-expanded") !== "true";
    set(open);
    if (open) menu.querySelector("input, a, button").focus();
  });
  menu.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && narrow.matches) { set(false); button.focus(); }
  });
  narrow.addEventListener("change", fit);
  fit();
})();
