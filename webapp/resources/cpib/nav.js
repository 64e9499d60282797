/*
 * The main navigation's grouped entries are <details> disclosure menus, which open and close by
 * keyboard and with screen readers without any script. This script only tidies them: opening one
 * closes the others; Escape closes the open one and puts focus back on its summary; a click or focus
 * outside the navigation closes it.
 */
(function () {
    function groups() {
        return Array.prototype.slice.call(document.querySelectorAll('.site-nav details.site-nav__group'));
    }

    function closeAll(except) {
        groups().forEach(function (group) {
            if (group !== except && group.open) {
                group.open = false;
            }
        });
    }

    function init() {
        groups().forEach(function (group) {
            group.addEventListener('toggle', function () {
                if (group.open) {
                    closeAll(group);
                }
            });
        });
        document.addEventListener('keydown', function (event) {
            if (event.key !== 'Escape' && event.key !== 'Esc') {
                return;
            }
            groups().forEach(function (group) {
                if (group.open) {
                    group.open = false;
                    if (group.contains(document.activeElement)) {
                        group.querySelector('summary').focus();
                    }
                }
            });
        });
        function outside(event) {
            var nav = document.querySelector('.site-nav');
            if (nav && !nav.contains(event.target)) {
                closeAll(null);
            }
        }
        document.addEventListener('click', outside);
        document.addEventListener('focusin', outside);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
