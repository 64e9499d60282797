/**
 * The libraries behind the renderers: openhtmltopdf for tagged PDFs from XHTML with the embedded
 * DejaVu Sans fonts, PDFBox for merging papers, bookmarks and "Page x of y" stamps.
 */
package scot.cpib.reporting.infrastructure;
