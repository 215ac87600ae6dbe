// Officers' back office, optional enhancement: the criteria page's preview
// refreshes when the sample applicant changes. Without this script the
// preview form is submitted by its button, with the same result.
(function () {
  "use strict";
  var form = document.getElementById("preview-form");
  var result = document.getElementById("preview-result");
  if (!form || !result || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
    return;
  }
  var timer = null;
  var seq = 0;
  function refresh() {
    var params = new URLSearchParams(new FormData(form));
    var url = form.getAttribute("action").split("#")[0] + "?" + params.toString();
    var mine = ++seq;
    result.setAttribute("aria-busy", "true");
    fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (res) { return res.text(); })
      .then(function (html) {
        if (mine !== seq) { return; }
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("preview-result");
        if (fresh) { result.innerHTML = fresh.innerHTML; }
        var summary = doc.querySelector("#preview .error-summary");
        var current = document.querySelector("#preview .error-summary");
        if (current) { current.remove(); }
        if (summary) { form.parentNode.insertBefore(document.importNode(summary, true), form); }
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, "", url + "#preview");
        }
      })
      .catch(function () { /* The button still works. */ })
      .then(function () { if (mine === seq) { result.removeAttribute("aria-busy"); } });
  }
  function later() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(refresh, 400);
  }
  form.addEventListener("input", later);
  form.addEventListener("change", later);
}());
