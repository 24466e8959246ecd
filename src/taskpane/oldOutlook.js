/*
 * Runs before the pane's bundle, in every webview Outlook may use. Outlook 2016 and 2019 without
 * WebView2 open add-ins in Internet Explorer 11 or EdgeHTML, which cannot run the ES2020 bundle: they
 * would show a blank pane. Here they get a sentence instead. Written in ES5 on purpose (a test parses
 * it as ES5); features are probed on `window`, which old engines have, not on syntax.
 */
(function (window, document) {
  "use strict";
  var modern =
    typeof window.Promise === "function" &&
    typeof window.Promise.allSettled === "function" &&
    typeof Object.fromEntries === "function" &&
    typeof String.prototype.matchAll === "function" &&
    typeof window.TextDecoder === "function" &&
    typeof window.URL === "function";
  if (modern) return;
  var language = String(window.navigator.language || window.navigator.userLanguage || "");
  var spanish = language.toLowerCase().indexOf("es") === 0;
  var text = spanish
    ? "Esta versión de Outlook es demasiado antigua para CampaignGuard: muestra los complementos con Internet Explorer. Use Outlook en la web, el nuevo Outlook o una versión actual de Outlook, o pida ayuda a su contacto de TI."
    : "This version of Outlook is too old for CampaignGuard: it shows add-ins with Internet Explorer. Use Outlook on the web, the new Outlook or a current version of Outlook, or ask your IT contact for help.";
  window.__campaignGuardTooOld = true;
  function show() {
    var container = document.getElementById("container") || document.body;
    var message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.style.font = "14px/1.4 'Segoe UI', sans-serif";
    message.style.margin = "16px";
    message.appendChild(document.createTextNode(text));
    container.textContent = "";
    container.appendChild(message);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})(window, document);
