package scot.cpib.meeting.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import scot.cpib.shared.domain.DomainException;
import scot.cpib.shared.domain.UnsafeCharacters;

/**
 * An uploaded file checked against the board's rules for papers: at most 20 MB, not empty, one of
 * PDF, DOCX, XLSX, PPTX, ODT, ODS or TXT by extension and by declared type, and for PDF and the
 * zip-based formats starting with the bytes such a file starts with.
 */
public record PaperFile(String fileName, String contentType, long size) {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final String FIELD = "file";
    private static final int NAME_MAX = 255;
    private static final String GENERIC_TYPE = "application/octet-stream";
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** The accepted formats: extension, the type to serve it with, and the bytes it starts with. */
    enum Format {
        PDF_FILE("pdf", "application/pdf", PDF),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
        PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP),
        ODT("odt", "application/vnd.oasis.opendocument.text", ZIP),
        ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", ZIP),
        TXT("txt", "text/plain", null);

        private final String extension;
        private final String type;
        private final byte[] magic;

        Format(String extension, String type, byte[] magic) {
            this.extension = extension;
            this.type = type;
            this.magic = magic;
        }

        static Optional<Format> ofExtension(String extension) {
            return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
        }

        boolean accepts(String declaredType) {
            if (declaredType == null || declaredType.isBlank()) {
                return true;
            }
            String bare = declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return bare.equals(type) || bare.equals(GENERIC_TYPE);
        }

        boolean startsRight(byte[] head) {
            if (magic == null) {
                return true;
            }
            return head != null && head.length >= magic.length
                    && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
        }
    }

    /**
     * Checks an upload; the message of a broken rule belongs next to the file input.
     *
     * @param head the first bytes of the file (at least eight when the file has them)
     */
    public static PaperFile check(String submittedName, String declaredType, long size, byte[] head) {
        String name = baseName(submittedName);
        if (name.isEmpty()) {
            throw new DomainException("paper.file.required", FIELD);
        }
        if (size > MAX_BYTES) {
            throw new DomainException("paper.file.tooBig", FIELD, name);
        }
        if (size <= 0) {
            throw new DomainException("paper.file.empty", FIELD, name);
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Format format = Format.ofExtension(extension)
                .orElseThrow(() -> new DomainException("paper.file.type", FIELD, name));
        if (!format.accepts(declaredType) || !format.startsRight(head)) {
            throw new DomainException("paper.file.content", FIELD, name);
        }
        return new PaperFile(name, format.type, size);
    }

    /**
     * The file name without any folder a browser may send, without control and bidirectional control
     * characters ({@link UnsafeCharacters}), cut to what the record keeps.
     */
    static String baseName(String submitted) {
        if (submitted == null) {
            return "";
        }
        String name = UnsafeCharacters.strip(submitted).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.length() > NAME_MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot);
            name = name.substring(0, NAME_MAX - extension.length()) + extension;
        }
        return name;
    }
}
