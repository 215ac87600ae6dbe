// Progressive enhancement of application forms; everything works without it.
// 1. Autosave: a few seconds after the last change, the section is posted in the background
//    (same URL, asking for JSON); the hidden version follows, so the next save is made from
//    it. A save by someone else meanwhile stops autosaving and says so: the page's own submit
//    then shows both versions.
// 2. Questions shown only for some answer of another question appear and disappear.
// 3. Tables get an "add a line" button that copies the last line's inputs, empty.
// 4. Long texts show how many characters are left.
(function () {
  "use strict";
  var form = document.querySelector("form.app-form");
  if (!form) { return; }
  var status = form.querySelector(".autosave-status");
  var msg = function (name) { return form.getAttribute("data-msg-" + name) || ""; };
  var timer = null;
  var stopped = false;
  var inFlight = null; // the background save on its way, if any
  var say = function (text) { if (status) { status.textContent = text; } };

  function save() {
    if (stopped) { return Promise.resolve(); }
    var body = new URLSearchParams(new FormData(form));
    inFlight = fetch(form.action, {
      method: "POST",
      body: body,
      headers: { "Accept": "application/json" },
      credentials: "same-origin"
    }).then(function (res) {
      return res.json().then(function (data) { return { status: res.status, data: data }; });
    }).then(function (r) {
      if (r.status === 200 && r.data.saved) {
        form.querySelector("input[name=version]").value = r.data.version;
        var now = new Date();
        var hh = ("0" + now.getHours()).slice(-2), mm = ("0" + now.getMinutes()).slice(-2);
        say(msg("saved").replace("%time%", hh + ":" + mm));
      } else if (r.status === 409) {
        stopped = true;
        say(msg("conflict").replace("%name%", r.data.by || ""));
      } else {
        say(msg("invalid"));
      }
    }).catch(function () { say(msg("offline")); }).then(function () { inFlight = null; });
    return inFlight;
  }

  if (form.getAttribute("data-autosave") === "1") {
    form.addEventListener("input", function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(save, 2500);
    });
    form.addEventListener("change", function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(save, 1000);
    });
    // A click on "Save" while a background save is on its way would post the version it is
    // about to replace, and the writer would see a conflict with themselves: wait for it, then
    // submit with the version it returned.
    form.addEventListener("submit", function (e) {
      if (timer) { clearTimeout(timer); timer = null; }
      if (!inFlight) { return; }
      e.preventDefault();
      var submitter = e.submitter;
      inFlight.then(function () {
        if (form.requestSubmit) { form.requestSubmit(submitter); } else { form.submit(); }
      });
    });
  }

  function refreshConditions() {
    form.querySelectorAll("[data-show-if]").forEach(function (box) {
      var name = "f." + box.getAttribute("data-show-if");
      var want = box.getAttribute("data-equals");
      var shown = false;
      form.querySelectorAll("[name='" + name + "']").forEach(function (el) {
        if ((el.type === "checkbox" || el.type === "radio") ? el.checked && el.value === want : el.value === want) {
          shown = true;
        }
      });
      box.hidden = !shown;
    });
  }
  form.addEventListener("change", refreshConditions);
  refreshConditions();

  form.querySelectorAll("table.rows").forEach(function (table) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "secondary add-row";
    button.textContent = msg("add-row");
    // Several tables on one page: each button says which table it adds to.
    var name = table.getAttribute("data-label");
    if (name) { button.setAttribute("aria-label", msg("add-row") + " – " + name); }
    button.addEventListener("click", function () {
      var rows = table.tBodies[0].rows;
      var last = rows[rows.length - 1];
      var copy = last.cloneNode(true);
      var index = rows.length;
      copy.querySelectorAll("input, select, label").forEach(function (el) {
        ["id", "name", "for", "value"].forEach(function (attr) {
          var v = el.getAttribute(attr);
          if (v && attr !== "value") { el.setAttribute(attr, v.replace(/\.\d+(\.|$)/, "." + index + "$1")); }
        });
        if (el.tagName === "INPUT" && el.type === "radio") { el.value = String(index); el.checked = false; }
        else if (el.tagName === "INPUT" && el.type !== "checkbox") { el.value = ""; }
        else if (el.tagName === "SELECT") { el.selectedIndex = 0; }
      });
      table.tBodies[0].appendChild(copy);
      var first = copy.querySelector("input, select");
      if (first) { first.focus(); }
    });
    table.after(button);
  });

  form.querySelectorAll("[data-counter-for]").forEach(function (p) {
    var area = document.getElementById(p.getAttribute("data-counter-for"));
    if (!area) { return; }
    var max = parseInt(area.getAttribute("maxlength"), 10);
    var update = function () { p.textContent = msg("left").replace("%n%", String(max - area.value.length)); };
    area.addEventListener("input", update);
    update();
  });
})();
