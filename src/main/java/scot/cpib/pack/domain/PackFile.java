package scot.cpib.pack.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import scot.cpib.shared.domain.BaseEntity;

/**
 * The PDF of a pack version exactly as issued, for readers cleared for confidential papers or not. The
 * cleared file is the secretariat's copy: it has the confidential papers (when the version has any) and
 * the interests members had declared on the items when it was issued.
 * The bytes load only when asked for, so listing versions never reads them.
 */
@Entity
@Table(name = "pack_file")
public class PackFile extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "pack_issue_id")
    private PackIssue issue;

    @Column(nullable = false)
    private boolean cleared;

    @Column(name = "confidential_papers", nullable = false)
    private boolean confidentialPapers;

    @Column(name = "page_count", nullable = false)
    private int pageCount;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    protected PackFile() {
    }

    PackFile(PackIssue issue, boolean cleared, boolean confidentialPapers, int pageCount, byte[] pdf) {
        if (confidentialPapers && !cleared) {
            throw new IllegalArgumentException("only the cleared copy carries confidential papers");
        }
        this.issue = issue;
        this.cleared = cleared;
        this.confidentialPapers = confidentialPapers;
        this.pageCount = pageCount;
        this.data = pdf.clone();
        this.sizeBytes = pdf.length;
        this.sha256 = sha256(pdf);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public PackIssue getIssue() {
        return issue;
    }

    public boolean isCleared() {
        return cleared;
    }

    public boolean hasConfidentialPapers() {
        return confidentialPapers;
    }

    public int getPageCount() {
        return pageCount;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getData() {
        return data.clone();
    }
}
