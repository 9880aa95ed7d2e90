/* rcpkg site: the index's search box and the timeline's filters.
   Data come from <script type="application/json"> elements; every text is set
   with textContent, never as HTML. No request leaves the page. */
(function () {
  "use strict";
  function json(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function fold(s) {
    return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var strings = json("strings") || {};
  window.rcpkg = { ready: false };

  // -- search (index page) --------------------------------------------------
  var index = json("search-index");
  var box = document.getElementById("search");
  if (index && box) {
    var list = document.getElementById("search-results");
    var count = document.getElementById("search-count");
    var LIMIT = 50;
    var search = function () {
      var words = fold(box.value).split(/\s+/).filter(function (w) { return w.length > 0; });
      list.textContent = "";
      if (!words.length) { count.textContent = ""; return; }
      var found = index.filter(function (e) {
        return words.every(function (w) { return e[3].indexOf(w) >= 0; });
      });
      found.slice(0, LIMIT).forEach(function (e) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = e[0];
        a.textContent = e[1];
        li.appendChild(a);
        var kind = document.createElement("span");
        kind.className = "muted";
        kind.textContent = " — " + e[2];
        li.appendChild(kind);
        list.appendChild(li);
      });
      count.textContent = found.length ? (Math.min(found.length, LIMIT) + " " + strings.of + " " + found.length)
                                       : strings.none;
    };
    box.addEventListener("input", search);
    window.rcpkg.search = search;
    if (box.value) { search(); }
  }

  // -- timeline filters -----------------------------------------------------
  var data = json("timeline-data");
  if (data) {
    var sel = {
      process: document.getElementById("f-process"), inst: document.getElementById("f-inst"),
      theme: document.getElementById("f-theme"), role: document.getElementById("f-role")
    };
    var keys = { process: data.processes, inst: data.institutions, theme: data.themes };
    var rows = Array.prototype.slice.call(document.querySelectorAll("li[data-n]"));
    // each row's facets, list (dated or not) and year block, read once: a filter then touches only
    // the rows whose visibility changes (thousands of rows at 10k events)
    var facets = rows.map(function (li) { return data.events[+li.getAttribute("data-n")]; });
    var undatedRow = rows.map(function (li) { return li.parentNode.className === "undated"; });
    var years = Array.prototype.slice.call(document.querySelectorAll("div.year"));
    var yearOf = rows.map(function (li) { var y = li.parentNode.parentNode; return years.indexOf(y); });
    var roleOk = function (roleIdx, want) {
      var tier = data.tiers[roleIdx];
      if (want === "any") { return true; }
      if (want === "counted") { return tier <= 1; }
      if (want === "lead") { return tier === 0; }
      return data.roles[roleIdx] === want;
    };
    var apply = function () {
      var p = sel.process.value, i = sel.inst.value, t = sel.theme.value, r = sel.role.value;
      var shown = { dated: 0, undated: 0 }, total = { dated: 0, undated: 0 };
      var visible = years.map(function () { return 0; });
      rows.forEach(function (li, k) {
        var f = facets[k];
        var ok = (p === "" || f[0].indexOf(+p) >= 0) && (t === "" || f[1].indexOf(+t) >= 0);
        if (ok && (i !== "" || (r !== "counted" && r !== "any"))) {
          ok = f[2].some(function (pair) { return (i === "" || pair[0] === +i) && roleOk(pair[1], r); });
        }
        if (li.hidden === ok) { li.hidden = !ok; }
        var which = undatedRow[k] ? "undated" : "dated";
        total[which] += 1;
        if (ok) {
          shown[which] += 1;
          if (yearOf[k] >= 0) { visible[yearOf[k]] += 1; }
        }
      });
      years.forEach(function (y, k) {
        if (y.hidden !== (visible[k] === 0)) { y.hidden = visible[k] === 0; }
      });
      document.getElementById("tl-count").textContent =
        strings.dated + ": " + shown.dated + " " + strings.of + " " + total.dated + " " + strings.shown + "; " +
        strings.undated + ": " + shown.undated + " " + strings.of + " " + total.undated + " " + strings.shown + ".";
      document.getElementById("undated-count").textContent = shown.undated + "/" + total.undated;
      var parts = [];
      ["process", "inst", "theme"].forEach(function (k) {
        if (sel[k].value !== "") { parts.push(k + "=" + encodeURIComponent(keys[k][+sel[k].value])); }
      });
      if (r !== "counted") { parts.push("role=" + encodeURIComponent(r)); }
      var hash = parts.length ? "#" + parts.join("&") : "";
      if (location.hash !== hash && !(hash === "" && location.hash === "#")) {
        try { history.replaceState(null, "", hash || location.pathname + location.search); }
        catch (e) { location.hash = hash; }
      }
    };
    var fromHash = function () {
      var q = {};
      location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
        var at = kv.indexOf("=");
        if (at > 0) { q[kv.slice(0, at)] = decodeURIComponent(kv.slice(at + 1)); }
      });
      ["process", "inst", "theme"].forEach(function (k) {
        var idx = q[k] === undefined ? -1 : keys[k].indexOf(q[k]);
        sel[k].value = idx >= 0 ? String(idx) : "";
      });
      var roleOpt = q.role && sel.role.querySelector('option[value="' + q.role.replace(/[^a-z]/g, "") + '"]');
      sel.role.value = roleOpt ? roleOpt.value : "counted";
    };
    Object.keys(sel).forEach(function (k) { sel[k].addEventListener("change", apply); });
    document.getElementById("f-reset").addEventListener("click", function () {
      Object.keys(sel).forEach(function (k) { sel[k].value = k === "role" ? "counted" : ""; });
      apply();
    });
    window.addEventListener("hashchange", function () { fromHash(); apply(); });
    fromHash();
    apply();
    window.rcpkg.apply = apply;
  }
  window.rcpkg.ready = true;
}());
