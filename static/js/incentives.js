/*
 * The rebate estimator, live: as the figures change, ask the same page (a GET form) for
 * the estimate and swap in its result. Without JavaScript the form's button does the same.
 */
(function () {
  "use strict";

  var form = document.querySelector("[data-rebate-form]");
  var result = document.querySelector("[data-rebate-result]");
  if (!form || !result || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
    return;
  }

  var timer = null;
  var controller = null;
  var lastQuery = null;

  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== "") {
        params.append(name, value);
      }
    });
    return params.toString();
  }

  function update() {
    var search = query();
    if (search === lastQuery) {
      return;
    }
    lastQuery = search;
    var url = form.getAttribute("action").split("#")[0] + (search ? "?" + search : "");
    if (controller) {
      controller.abort();
    }
    controller = window.AbortController ? new AbortController() : null;
    var mine = controller;
    result.classList.add("is-updating");
    result.setAttribute("aria-busy", "true");
    fetch(url, {
      credentials: "same-origin",
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        // A 400 carries the messages for figures that do not fit: show them too.
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.querySelector("[data-rebate-result]");
        if (fresh) {
          result.innerHTML = fresh.innerHTML;
        }
        syncErrors(page);
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, "", url + "#estimator");
        }
      })
      .catch(function (error) {
        if (error && error.name === "AbortError") {
          return;
        }
        lastQuery = null; // let the next change try again
      })
      .finally(function () {
        if (controller === mine) {
          result.classList.remove("is-updating");
          result.removeAttribute("aria-busy");
        }
      });
  }

  // The fields' invalid states and messages follow the latest figures; a summary shown when the
  // page loaded follows too, but none is added while typing (the result above says it live).
  function syncErrors(page) {
    var freshForm = page.querySelector("[data-rebate-form]");
    if (!freshForm) {
      return;
    }
    Array.prototype.forEach.call(form.querySelectorAll("input[id], select[id]"), function (control) {
      var twin = freshForm.querySelector("#" + control.id);
      if (!twin) {
        return;
      }
      ["aria-invalid", "aria-describedby", "class"].forEach(function (name) {
        if (twin.hasAttribute(name)) {
          control.setAttribute(name, twin.getAttribute(name));
        } else {
          control.removeAttribute(name);
        }
      });
      var message = form.querySelector("#" + control.id + "_error");
      var freshMessage = freshForm.querySelector("#" + control.id + "_error");
      if (message) {
        message.remove();
      }
      if (freshMessage) {
        control.insertAdjacentElement("afterend", document.importNode(freshMessage, true));
      }
    });
    var summary = form.querySelector("[data-error-summary]");
    if (summary) {
      var freshSummary = freshForm.querySelector("[data-error-summary]");
      if (freshSummary) {
        summary.innerHTML = freshSummary.innerHTML;
      } else {
        summary.remove();
      }
    }
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 300);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    lastQuery = null;
    update();
  });
  form.setAttribute("data-live", "on");
})();
