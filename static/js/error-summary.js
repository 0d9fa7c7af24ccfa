// Designsystemet's error summary gets the focus when a form comes back with errors, so that
// a screen reader reads it first and each message's link leads to its field.
(function () {
  "use strict";
  var summary = document.querySelector(".ds-error-summary");
  if (summary) summary.focus();
})();
