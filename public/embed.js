// LLM Cloud Hub embeds: include once on a page that has
// <iframe data-llm-cloud-hub src="https://…/embed/…">; each such frame is sized
// to its content. The embed posts {source: "llm-cloud-hub", type: "resize",
// height, path}; only messages from the frame itself, from its own origin, count.
(function () {
  addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.source !== 'llm-cloud-hub' || d.type !== 'resize' || typeof d.height !== 'number' || !isFinite(d.height)) return;
    var frames = document.querySelectorAll('iframe[data-llm-cloud-hub]');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow === e.source && new URL(f.src, location.href).origin === e.origin) {
        f.style.height = Math.max(0, Math.min(Math.ceil(d.height), 20000)) + 'px';
      }
    }
  });
})();
