/** An issued pack version, its stored PDFs and its recipients. */
package scot.cpib.pack.domain;
