// The form builder keeps its unsaved working copy in the page: warn before leaving it by a
// link, the language switch or closing the tab. Submitting one of the builder's own forms
// carries the copy along, so it is not leaving.
(function () {
  "use strict";
  if (!document.querySelector('form[data-unsaved="true"]')) {
    return;
  }
  var submitting = false;
  document.addEventListener("submit", function () {
    submitting = true;
  });
  window.addEventListener("beforeunload", function (e) {
    if (!submitting) {
      e.preventDefault();
      e.returnValue = "";
    }
  });
})();
