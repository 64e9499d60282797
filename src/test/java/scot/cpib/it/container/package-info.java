/**
 * Goes into the one test archive every in-container test runs in: helpers those tests share, such as
 * the acting user that stands in for a sign-in.
 */
package scot.cpib.it.container;
