/*
 * A link with the class "print-link" prints the page. A file, not a javascript: address, for the
 * Content-Security-Policy.
 */
document.querySelectorAll('a.print-link').forEach(function (link) {
    link.addEventListener('click', function (event) {
        event.preventDefault();
        window.print();
    });
});
