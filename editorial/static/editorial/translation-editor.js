// wagtail-localize's script writes its editor's heading, "Norsk bokmål to Dansk
// translation", in English and outside any catalogue. This names it in the editor's
// language, with the words this script's tag carries in data-heading.
(function () {
  const heading = document.currentScript.dataset.heading;
  if (!heading) return;
  const rename = () => {
    document.querySelectorAll(".js-translation-editor section h3").forEach((h3) => {
      if (/ to .+ translation$/.test(h3.textContent)) h3.textContent = heading;
    });
  };
  new MutationObserver(rename).observe(document.body, { childList: true, subtree: true });
  rename();
})();
