/*
 * On a narrow screen (a phone) every data table shows each row as a stack of its cells (cpib.css,
 * "Phones"). Each body cell is labelled with its column's heading in data-label, which the style
 * sheet shows before the cell's content. Tables replaced by a partial page update are labelled too.
 */
(function () {
    function headings(table) {
        var head = table.tHead;
        if (!head || head.rows.length === 0) {
            return [];
        }
        var names = [];
        Array.prototype.forEach.call(head.rows[head.rows.length - 1].cells, function (cell) {
            var text = cell.textContent.replace(/\s+/g, ' ').trim();
            for (var span = 0; span < (cell.colSpan || 1); span++) {
                names.push(text);
            }
        });
        return names;
    }

    /** A cell with nothing in it gets no heading either (an empty "Chase" cell shows nothing). */
    function blank(cell) {
        return !cell.textContent.trim() && !cell.querySelector('input, select, textarea, button, img, svg');
    }

    function label(table) {
        var names = headings(table);
        Array.prototype.forEach.call(table.tBodies, function (body) {
            Array.prototype.forEach.call(body.rows, function (row) {
                var column = 0;
                Array.prototype.forEach.call(row.cells, function (cell) {
                    if (cell.tagName === 'TD' && names[column] && !cell.hasAttribute('data-label') && !blank(cell)) {
                        cell.setAttribute('data-label', names[column]);
                    }
                    column += cell.colSpan || 1;
                });
            });
        });
    }

    function labelAll() {
        Array.prototype.forEach.call(document.querySelectorAll('table.data'), label);
    }

    function start() {
        labelAll();
        if (window.MutationObserver) {
            new MutationObserver(labelAll).observe(document.body, {childList: true, subtree: true});
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
