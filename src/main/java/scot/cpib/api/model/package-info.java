/** The JSON shapes the API answers with: immutable records built from entities, never entities. */
package scot.cpib.api.model;
