/**
 * The demo data: loads {@code sql/demo} into an empty embedded database and creates the demo accounts. It sits
 * above every context (it writes their tables and uses the security context's password rules) and nothing
 * depends on it.
 */
package scot.cpib.demo;
