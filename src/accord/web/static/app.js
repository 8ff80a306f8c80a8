// accord dashboard: draw the embedded plotly figures, make chart points clickable,
// and focus the search box with "/".
(function () {
  "use strict";

  function followClick(div) {
    div.on("plotly_click", function (event) {
      var point = event.points && event.points[0];
      if (!point || point.customdata === undefined) return;
      var meta = point.data.meta;
      var value = point.customdata;
      if (meta === "dyads") {
        window.location = "/dyad?source=" + encodeURIComponent(value[0]) + "&target=" + encodeURIComponent(value[1]);
      } else if (meta === "nodes") {
        window.location = "/actors/" + encodeURIComponent(value);
      } else if (meta === "events") {
        window.location = "/events/" + encodeURIComponent(value);
      }
    });
  }

  function draw() {
    if (typeof Plotly === "undefined") return;
    document.querySelectorAll(".chart[data-figure]").forEach(function (div) {
      var spec = JSON.parse(document.getElementById(div.dataset.figure).textContent);
      var config = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ["sendDataToCloud"] };
      Plotly.newPlot(div, spec.data, spec.layout, config).then(function () {
        div.dataset.drawn = "1";
        followClick(div);
      });
    });
  }

  document.addEventListener("keydown", function (event) {
    var tag = (event.target && event.target.tagName) || "";
    if (event.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(tag)) {
      var search = document.getElementById("search");
      if (search) {
        event.preventDefault();
        search.focus();
      }
    }
  });

  draw();
})();
