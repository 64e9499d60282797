/** Use cases of the engagement strategy: the matrix and schedule, the engagement log and its coverage. */
package scot.cpib.engagement.application;
