/*
 * The minute and matters-arising pages are one form with a Save button per item, action or row.
 * Enter in a one-line field presses the Save button of the part the field belongs to, not the first
 * Save button on the page.
 */
function cpibSaveScope(event) {
    if (event.key !== 'Enter') {
        return true;
    }
    var target = event.target;
    if (!target || target.tagName !== 'INPUT' || target.type === 'submit' || target.type === 'button') {
        return true;
    }
    var scope = target.closest('[data-save-scope]');
    var button = scope ? scope.querySelector('input[type=submit]') : null;
    if (!button) {
        return true;
    }
    event.preventDefault();
    button.click();
    return false;
}
