/** Jakarta Security wiring: the database identity store and the form-plus-Basic authentication mechanism. */
package scot.cpib.security.infrastructure;
