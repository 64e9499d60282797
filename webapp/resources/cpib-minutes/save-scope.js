/*
 * The minute and matters-arising pages are one form with a Save button per item, action or row.
 * Enter in a one-line field presses the Save button of the part the field belongs to, not the first
 * Save button on the page. Attached here rather than in the page, since the Content-Security-Policy
 * allows no inline event handler.
 */
document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter') {
        return;
    }
    var target = event.target;
    if (!target || target.tagName !== 'INPUT' || target.type === 'submit' || target.type === 'button') {
        return;
    }
    var scope = target.closest('[data-save-scope]');
    var button = scope ? scope.querySelector('input[type=submit]') : null;
    if (!button) {
        return;
    }
    event.preventDefault();
    button.click();
});
