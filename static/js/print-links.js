// Printed pages write links out as full addresses (print.css reads data-print-href).
(function () {
  "use strict";
  document.querySelectorAll("main a[href]").forEach(function (link) {
    if (link.protocol === "http:" || link.protocol === "https:") link.dataset.printHref = link.href;
  });
})();
