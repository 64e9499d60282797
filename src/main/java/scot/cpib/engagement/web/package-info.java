/** Pages of the engagement strategy: the matrix, the engagement log and form, and coverage. */
package scot.cpib.engagement.web;
