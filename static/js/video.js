// Videos: the provider's player (a third-party frame) is inserted only on request.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-video-load]");
  if (!button) return;
  const figure = button.closest("[data-video]");
  const player = figure.querySelector("template[data-video-player]");
  figure.querySelector(".video__consent").replaceWith(player.content.cloneNode(true));
  const frame = figure.querySelector("iframe");
  if (frame) frame.focus();
});
