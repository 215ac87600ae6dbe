// Committee page, optional enhancement: the allocation is recomputed as the committee types
// the rules (nothing is saved until "Save the rules"). Without this script the "Recompute"
// button does the same with a page load.
(function () {
  "use strict";
  var form = document.getElementById("rules-form");
  var results = document.getElementById("results");
  if (!form || !results || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
    return;
  }
  var timer = null;
  var seq = 0;
  function refresh() {
    var params = new URLSearchParams(new FormData(form));
    params.set("action", "preview");
    var mine = ++seq;
    results.setAttribute("aria-busy", "true");
    fetch(form.getAttribute("action"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "text/html" },
      body: params.toString()
    })
      .then(function (res) { return res.text(); })
      .then(function (html) {
        if (mine !== seq) { return; }
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("results");
        if (fresh) { results.innerHTML = fresh.innerHTML; }
        var summary = doc.querySelector("main .error-summary");
        var current = form.parentNode.querySelector(".error-summary");
        if (current) { current.remove(); }
        if (summary && !fresh.contains(summary)) {
          form.parentNode.insertBefore(document.importNode(summary, true), form);
        }
      })
      .catch(function () { /* the button still works */ })
      .then(function () { if (mine === seq) { results.removeAttribute("aria-busy"); } });
  }
  function later() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(refresh, 400);
  }
  form.addEventListener("input", later);
  form.addEventListener("change", later);
})();
