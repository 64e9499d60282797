/** The database: data source, schema migration with Flyway, and the demo data for the embedded default. */
package scot.cpib.shared.infrastructure;
