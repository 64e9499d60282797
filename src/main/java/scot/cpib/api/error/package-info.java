/** Turns every failure under /api/v1 into a JSON error body with the right status, never a stack trace. */
package scot.cpib.api.error;
