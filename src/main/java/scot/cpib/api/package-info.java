/**
 * The read-only REST API under /api/v1: meetings with their agendas and attendance, and the action
 * register. JSON through JSON-B from the records in {@code api.model} (entities are never
 * serialised); the same authorisation as the pages, through {@code CurrentUser} and the services.
 */
package scot.cpib.api;
