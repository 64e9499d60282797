/** Issuing a pack (render, store, e-mail) and reading issued versions, with the audit of confidential downloads. */
package scot.cpib.pack.application;
