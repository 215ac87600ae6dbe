// Progressive enhancement for the catalogue pages; everything works without it.
// 1. Facet checkboxes and radios submit the search form at once.
// 2. Deadlines marked <time data-local> also show the reader's own local time
//    when it differs from the scheme's zone.
(function () {
  "use strict";
  var form = document.getElementById("catalogue-form");
  if (form) {
    form.querySelectorAll(".facets input, .facets select, #sort").forEach(function (el) {
      el.addEventListener("change", function () {
        var page = form.querySelector("input[name=page]");
        if (page) { page.remove(); }
        form.submit();
      });
    });
  }
  var lang = document.documentElement.lang || "fr";
  document.querySelectorAll("time[data-local]").forEach(function (t) {
    var d = new Date(t.getAttribute("datetime"));
    if (isNaN(d.getTime())) { return; }
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (t.textContent.indexOf(zone) !== -1) { return; }
    var local = new Intl.DateTimeFormat(lang, {
      dateStyle: "long", timeStyle: "short", timeZone: zone
    }).format(d);
    var span = document.createElement("span");
    span.className = "local-time";
    span.textContent = " (" + local + ", " + zone + ")";
    t.after(span);
  });
})();
