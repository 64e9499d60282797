/** Tests of the minute: services on H2 and MariaDB, and its pages in the browser. */
package scot.cpib.minutes;
