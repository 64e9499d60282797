/** HTTP tests of the REST API, OpenAPI, health and the database-outage behaviour. */
package scot.cpib.api;
