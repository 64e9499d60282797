/** Page helpers shared by every context: formats, messages, error pages. */
package scot.cpib.shared.web;
