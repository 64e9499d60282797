/** Agreed actions: owners, due dates, status, progress notes and the overdue rule. */
package scot.cpib.action.domain;
