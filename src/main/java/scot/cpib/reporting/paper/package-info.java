/**
 * Uploaded papers made fit for the pack: office files (Word, Excel, PowerPoint, ODF, text) printed to
 * PDF once at upload, through LibreOffice where the server has it and pure-Java readers where not, and
 * uploaded PDFs cleaned of scripts, launch actions, embedded files and XFA.
 */
package scot.cpib.reporting.paper;
