package scot.cpib.reporting.paper;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The office formats a paper may be uploaded in, with the part every well-formed file of the kind holds. */
public enum OfficeFormat {
    DOCX("docx", "word/document.xml"),
    XLSX("xlsx", "xl/workbook.xml"),
    PPTX("pptx", "ppt/presentation.xml"),
    ODT("odt", "content.xml"),
    ODS("ods", "content.xml"),
    TXT("txt", null);

    private final String extension;
    private final String mainPart;

    OfficeFormat(String extension, String mainPart) {
        this.extension = extension;
        this.mainPart = mainPart;
    }

    /** The format a file name says, when it is one of these. */
    public static Optional<OfficeFormat> of(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }

    public String extension() {
        return extension;
    }

    /** The zip entry the format cannot be without, or null for plain text. */
    String mainPart() {
        return mainPart;
    }
}
