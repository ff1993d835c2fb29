/* Small progressive enhancements; the site works fully without them. Loaded with defer. */
(function () {
  "use strict";

  // A shadow under the sticky header once the page scrolls, so it reads as above the content.
  var header = document.querySelector("[data-site-header]");
  if (header) {
    var update = function () {
      header.classList.toggle("is-scrolled", window.scrollY > 8);
    };
    update();
    window.addEventListener("scroll", update, { passive: true });
  }

  // Close the mobile menu with Escape and give focus back to its button.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !window.bootstrap) {
      return;
    }
    var open = document.querySelector(".site-header .navbar-collapse.show");
    if (open) {
      window.bootstrap.Collapse.getOrCreateInstance(open).hide();
      var toggler = document.querySelector(".site-header .navbar-toggler");
      if (toggler) {
        toggler.focus();
      }
    }
  });
})();
