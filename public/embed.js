// @ts-check
/*
 * LLM Showdown embed resizer. Include it once or many times beside our iframes:
 *   <script async src="https://<site>/embed.js"></script>
 * It fits the height of every LLM Showdown figure iframe on the page to the figure's content.
 * Each embed page posts to its parent, whenever its height changes:
 *   { type: "llm-showdown:height", figure: "<figure id>", height: <CSS pixels, number above 0> }
 * A message is used only when it has that shape, comes from our site's origin, and its sender
 * (event.source) is the contentWindow of an iframe showing that same figure. Anything else is
 * ignored. No dependencies; documented on the site's "Embed a figure" page.
 */
(function () {
  'use strict';
  /** @type {Window & { llmShowdownEmbed?: boolean }} */
  var win = window;
  if (win.llmShowdownEmbed) return;
  win.llmShowdownEmbed = true;

  var script = document.currentScript;
  // The site's root (its base path included) is where this script lives.
  var root = new URL('./', script instanceof HTMLScriptElement && script.src ? script.src : location.href);
  var embedPath = /^(?:[a-z]{2}(?:-[A-Za-z]+)?\/)?embed\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

  /**
   * The figure an iframe shows, or null when it is not one of our embeds.
   * @param {HTMLIFrameElement} frame
   * @returns {string | null}
   */
  function figureOf(frame) {
    var src;
    try {
      src = new URL(frame.src, location.href);
    } catch (error) {
      return null;
    }
    if (src.origin !== root.origin || src.pathname.indexOf(root.pathname) !== 0) return null;
    var match = embedPath.exec(src.pathname.slice(root.pathname.length));
    return match ? match[1] || null : null;
  }

  /** @returns {HTMLIFrameElement[]} our iframes on the page */
  function frames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (/** @type {HTMLIFrameElement} */ frame) {
      return figureOf(frame) !== null;
    });
  }

  /**
   * Whether a message has the documented shape.
   * @param {unknown} data
   * @returns {data is { type: string, figure: string, height: number }}
   */
  function isHeightMessage(data) {
    if (typeof data !== 'object' || data === null) return false;
    var message = /** @type {{ type?: unknown, figure?: unknown, height?: unknown }} */ (data);
    return (
      message.type === 'llm-showdown:height' &&
      typeof message.figure === 'string' &&
      typeof message.height === 'number' &&
      isFinite(message.height) &&
      message.height > 0 &&
      message.height <= 100000
    );
  }

  win.addEventListener('message', function (event) {
    if (event.origin !== root.origin || !isHeightMessage(event.data)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame && frame.contentWindow === event.source) {
        if (figureOf(frame) === event.data.figure) frame.style.height = Math.ceil(event.data.height) + 'px';
        return;
      }
    }
  });

  // Frames that finished loading before this script ran have reported already: ask them again.
  // The ping carries nothing, so "*" is safe, and a frame still loading gets it without an error.
  frames().forEach(function (frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'llm-showdown:ping' }, '*');
  });
})();
