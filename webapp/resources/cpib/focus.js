/*
 * Puts keyboard focus on the element the page names (PageFocus, WEB-INF/includes/meetings/focus.xhtml):
 * where the last button's work is. A file, not an inline script, for the Content-Security-Policy.
 */
(function () {
    var marker = document.getElementById('cpibFocus');
    var element = marker ? document.getElementById(marker.getAttribute('data-focus-target')) : null;
    if (element) {
        element.focus();
    }
})();
