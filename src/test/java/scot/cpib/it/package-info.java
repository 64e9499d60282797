/** Test support: the shared running app, a real Chromium with axe-core, and an HTTP client. */
package scot.cpib.it;
