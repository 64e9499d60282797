/** Cross-cutting use-case helpers: the audit trail and optimistic-lock checks. */
package scot.cpib.shared.application;
