/**
 * What a document is made from, as plain values: the papers of an agenda pack and where their content
 * comes from, the previous meeting's minute, the request for one pack, and the minute's narrative split
 * into paragraphs and bullet lists.
 */
package scot.cpib.reporting.domain;
