/*
 * Forms that keep what people type (loaded by the page template; no inline script, for a strict CSP).
 *
 * - A form marked data-warn-unsaved="true" becomes "dirty" when something is typed or chosen in it, or
 *   when the server marks a part of it data-unsaved="true" (typing kept in the view but not saved).
 *   Leaving or reloading the page while a form is dirty asks first (the browser's own prompt).
 *   Submitting a form clears its mark; a submission refused with errors marks it again.
 * - Enter in a one-line field inside a data-save-scope part presses that part's own Save button, not
 *   the first Save button of the page.
 * - After a submission the page returns to where the person was: the element the page names
 *   (span#pageFocus data-focus, see PageFocus), else the heading of the part marked data-return-here
 *   that held the pressed button (or the button itself); with errors, to the error summary, whose
 *   entries link to their fields (following one focuses the field).
 */
(function () {
    'use strict';

    var RETURN_KEY = 'cpib.returnTo';
    var dirty = [];

    function isDirty(form) {
        return dirty.indexOf(form) >= 0;
    }

    function markDirty(form) {
        if (form && !isDirty(form)) {
            dirty.push(form);
        }
    }

    function markClean(form) {
        dirty = dirty.filter(function (f) {
            return f !== form;
        });
    }

    function watchedForm(element) {
        var form = element && element.closest ? element.closest('form') : null;
        return form && form.getAttribute('data-warn-unsaved') === 'true' ? form : null;
    }

    function onEdit(event) {
        markDirty(watchedForm(event.target));
    }

    function onBeforeUnload(event) {
        if (dirty.length === 0) {
            return undefined;
        }
        event.preventDefault();
        event.returnValue = '';
        return '';
    }

    function saveScope(event) {
        if (event.key !== 'Enter') {
            return;
        }
        var target = event.target;
        if (!target || target.tagName !== 'INPUT' || target.type === 'submit' || target.type === 'button') {
            return;
        }
        var scope = target.closest('[data-save-scope]');
        var button = scope ? scope.querySelector('input[type=submit]') : null;
        if (button) {
            event.preventDefault();
            button.click();
        }
    }

    function onSubmit(event) {
        var form = event.target;
        markClean(form);
        var submitter = event.submitter || document.activeElement;
        var part = submitter && submitter.closest ? submitter.closest('[data-return-here]') : null;
        try {
            sessionStorage.setItem(RETURN_KEY, JSON.stringify({
                path: location.pathname,
                form: form.id || null,
                part: part ? part.id : null,
                button: submitter && submitter.id ? submitter.id : null,
                at: Date.now()
            }));
        } catch (e) {
            // storage refused (private mode): the page simply opens at the top
        }
    }

    function focusOn(element) {
        if (!element) {
            return false;
        }
        if (!element.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
            element.setAttribute('tabindex', '-1');
        }
        element.scrollIntoView({block: 'start'});
        element.focus({preventScroll: true});
        return true;
    }

    function errorSummary() {
        var summary = document.querySelector('.error-summary');
        return summary && summary.querySelector('li') ? summary : null;
    }

    function returnToPlace() {
        var saved = null;
        try {
            saved = JSON.parse(sessionStorage.getItem(RETURN_KEY));
            sessionStorage.removeItem(RETURN_KEY);
        } catch (e) {
            return;
        }
        var chosen = document.getElementById('pageFocus');
        if (chosen && !errorSummary() && focusOn(document.getElementById(chosen.getAttribute('data-focus')))) {
            return;
        }
        if (!saved || saved.path !== location.pathname || Date.now() - saved.at > 120000) {
            return;
        }
        var summary = errorSummary();
        if (summary) {
            var refused = saved.form ? document.getElementById(saved.form) : null;
            if (refused && refused.getAttribute('data-warn-unsaved') === 'true') {
                markDirty(refused);
            }
            focusOn(summary);
            return;
        }
        var part = saved.part ? document.getElementById(saved.part) : null;
        if (part && focusOn(part.querySelector('h2, h3, h4, legend'))) {
            return;
        }
        if (!focusOn(saved.button ? document.getElementById(saved.button) : null)) {
            focusOn(part);
        }
    }

    /** An error summary entry moves focus to its field (an input, or the first input inside the target). */
    function onSummaryLink(event) {
        var link = event.target.closest ? event.target.closest('.error-summary a[href^="#"]') : null;
        if (!link) {
            return;
        }
        var target = document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
        if (!target) {
            return;
        }
        var field = /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) ? target
                : target.querySelector('input:not([type=hidden]), select, textarea') || target;
        var label = field.id ? document.querySelector('label[for="' + field.id.replace(/"/g, '\\"') + '"]') : null;
        event.preventDefault();
        (label || field).scrollIntoView({block: 'start'});
        if (!/^(INPUT|SELECT|TEXTAREA|A|BUTTON)$/.test(field.tagName) && !field.hasAttribute('tabindex')) {
            field.setAttribute('tabindex', '-1');
        }
        field.focus({preventScroll: true});
    }

    function start() {
        document.querySelectorAll('form[data-warn-unsaved="true"]').forEach(function (form) {
            if (form.querySelector('[data-unsaved="true"]')) {
                markDirty(form);
            }
        });
        returnToPlace();
    }

    document.addEventListener('input', onEdit, true);
    document.addEventListener('change', onEdit, true);
    document.addEventListener('submit', onSubmit, true);
    document.addEventListener('keydown', saveScope);
    document.addEventListener('click', onSummaryLink);
    window.addEventListener('beforeunload', onBeforeUnload);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
