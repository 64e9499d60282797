/** Sign-in and sign-out pages. */
package scot.cpib.security.web;
