/** Unit tests of the page helpers shared by every context. */
package scot.cpib.shared.web;
