/** The home page's backing beans, one per role's part of the page. */
package scot.cpib.home.web;
