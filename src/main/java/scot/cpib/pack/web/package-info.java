/** The meeting's pack page: issued versions, the issue form and who was told. */
package scot.cpib.pack.web;
