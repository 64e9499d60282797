/** Writing the minute item by item, its agreed actions, approval at the next meeting and amendments. */
package scot.cpib.minutes.application;
