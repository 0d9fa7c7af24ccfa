// wagtail-localize's script writes two texts in English, outside any catalogue: its
// editor's heading ("Norsk bokmål to Dansk translation") and its menu's hidden name
// ("More actions"). This writes them in the editor's language, with the words this
// script's tag carries (data-heading, data-more-actions).
(function () {
  const words = document.currentScript.dataset;
  const rename = () => {
    document.querySelectorAll(".js-translation-editor section h3").forEach((h3) => {
      if (/ to .+ translation$/.test(h3.textContent)) h3.textContent = words.heading;
    });
    document.querySelectorAll(".js-translation-editor .w-sr-only").forEach((span) => {
      if (span.textContent === "More actions") span.textContent = words.moreActions;
    });
  };
  new MutationObserver(rename).observe(document.body, { childList: true, subtree: true });
  rename();
})();
