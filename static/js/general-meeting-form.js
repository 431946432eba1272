/* The financial year belongs to an AGM, the requisition to a special meeting: show (and send) only the one that
   fits the kind chosen. Without JavaScript both stay visible and the server checks them. */
(function () {
  "use strict";
  var kind = document.getElementById("id_kind");
  var only = {agm: "id_financial_year", special: "id_requisition"};
  if (!kind) return;
  function sync() {
    Object.keys(only).forEach(function (k) {
      var select = document.getElementById(only[k]), box = document.getElementById(only[k] + "_field");
      if (!select || !box) return;
      box.hidden = kind.value !== k;
      select.disabled = kind.value !== k;
    });
  }
  kind.addEventListener("change", sync);
  sync();
})();
