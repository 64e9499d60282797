/** What the home pages read that no other context answers: when a person last visited, a meeting's checklist. */
package scot.cpib.home.application;
