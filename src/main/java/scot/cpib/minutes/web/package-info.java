/** Pages of the minute: the read view, writing it item by item, and minute &amp; matters arising. */
package scot.cpib.minutes.web;
