// Sets the chosen theme before the first paint (no flash of the wrong one): the
// reader's choice on this site, or an embed's ?theme=. Loaded from <head>, blocking.
(function () {
  var t = null;
  try {
    if (location.pathname.indexOf('/embed/') >= 0) t = new URLSearchParams(location.search).get('theme');
    else t = localStorage.getItem('llm-cloud-hub:theme');
  } catch (e) { /* storage blocked: follow the system */ }
  if (t === 'light' || t === 'dark') document.documentElement.setAttribute('data-theme', t);
})();
