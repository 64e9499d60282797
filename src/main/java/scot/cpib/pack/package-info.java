/** Issuing agenda packs: stored pack versions, supplements for late papers, recipients and their e-mails. */
package scot.cpib.pack;
