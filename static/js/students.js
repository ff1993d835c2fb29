/* The request form warns, before sending, when a chosen facility is taken on the days asked for. */
(function () {
  "use strict";

  var form = document.querySelector("form[data-check-url]");
  if (!form || !window.fetch) {
    return;
  }
  var notice = form.querySelector(".js-clash-notice");
  var timer = null;

  function value(name) {
    var field = form.elements.namedItem(name);
    return field ? field.value : "";
  }

  function chosenFacilities() {
    return Array.prototype.filter
      .call(form.querySelectorAll("input[name='facilities']"), function (box) { return box.checked; })
      .map(function (box) { return box.value; });
  }

  function show(data) {
    notice.textContent = "";
    if (!data.clashes || !data.clashes.length) {
      return;
    }
    var heading = document.createElement("p");
    heading.textContent = data.message;
    var list = document.createElement("ul");
    data.clashes.forEach(function (clash) {
      var item = document.createElement("li");
      var name = document.createElement("strong");
      name.textContent = clash.facility;
      item.appendChild(name);
      item.appendChild(document.createTextNode(": " + clash.days));
      list.appendChild(item);
    });
    notice.appendChild(heading);
    notice.appendChild(list);
  }

  function check() {
    var facilities = chosenFacilities();
    var start = value("shoot_start");
    var end = value("shoot_end");
    if (!notice || !facilities.length || !start || !end) {
      if (notice) { notice.textContent = ""; }
      return;
    }
    var params = new URLSearchParams({ start: start, end: end, prep: value("prep_days") || "0", strike: value("strike_days") || "0" });
    facilities.forEach(function (id) { params.append("facility", id); });
    fetch(form.dataset.checkUrl + "?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { clashes: [] }; })
      .then(show)
      .catch(function () { notice.textContent = ""; });
  }

  form.addEventListener("change", function (event) {
    var name = event.target.name;
    if (["facilities", "shoot_start", "shoot_end", "prep_days", "strike_days"].indexOf(name) !== -1) {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, 250);
    }
  });

  check();
})();
