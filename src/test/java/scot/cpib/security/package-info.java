/** The authorisation matrix: every role against every protected page and API route. */
package scot.cpib.security;
