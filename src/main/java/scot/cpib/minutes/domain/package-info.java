/** The minute of a meeting, item by item, and the amendments made to it after approval. */
package scot.cpib.minutes.domain;
