package scot.cpib.pack.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An issued pack version as the meeting page lists it, read as a query's columns: its number, when it
 * was issued and the page count of the file a reader not cleared for confidential papers gets (the
 * first file by "cleared", as {@code PackIssue.getFiles()} orders them; null for a version without files).
 */
public record IssuedVersion(int packVersion, LocalDateTime issuedAt, Integer pageCount) implements Serializable {
}
