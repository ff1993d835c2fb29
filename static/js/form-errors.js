/*
 * After a failed submit, focus the error summary so screen readers read it first and keyboard
 * users start from it. Its links then focus their field and show its label or legend too.
 * The summary itself is server-rendered: without JavaScript it is still at the top of the form.
 */
(function () {
  "use strict";

  var summary = document.querySelector("[data-error-summary]");
  if (!summary) {
    return;
  }
  summary.focus();
  // A fragment in the address (#main, left by the skip link before the form was sent) can take
  // focus to its target once the page has loaded: the summary keeps it.
  window.addEventListener("load", function () {
    var active = document.activeElement;
    if (!active || active === document.body || (location.hash && active.id === location.hash.slice(1))) {
      summary.focus();
    }
  });

  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    var field = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!field) {
      return;
    }
    event.preventDefault();
    // The question (a legend for a group of boxes, else the label) belongs on screen with its field.
    var fieldset = field.closest("fieldset");
    var group = fieldset && field.name && fieldset.querySelectorAll("[name='" + field.name + "']").length > 1;
    var legend = group && fieldset.querySelector("legend");
    var label = legend || document.querySelector("label[for='" + field.id + "']") || field;
    label.scrollIntoView({ block: "start" });
    field.focus({ preventScroll: true });
  });
})();
