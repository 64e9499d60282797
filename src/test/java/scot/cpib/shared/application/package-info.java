/** Unit tests of the cross-cutting use-case helpers. */
package scot.cpib.shared.application;
