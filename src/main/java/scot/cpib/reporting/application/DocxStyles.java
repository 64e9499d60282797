package scot.cpib.reporting.application;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The Word styles the minute uses: Title, Heading 1 and 2 (with outline levels), and List Paragraph. */
public final class DocxStyles {

    public static final String TITLE = "Title";
    public static final String HEADING_1 = "Heading1";
    public static final String HEADING_2 = "Heading2";
    public static final String LIST = "ListParagraph";

    private DocxStyles() {
    }

    public static void install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style(TITLE, "Title", 36, null));
        styles.addStyle(style(HEADING_1, "heading 1", 28, 0));
        styles.addStyle(style(HEADING_2, "heading 2", 24, 1));
        styles.addStyle(style(LIST, "List Paragraph", 0, null));
    }

    /** @param halfPoints font size in half-points, 0 for the default; @param outline heading level from 0, or null */
    private static XWPFStyle style(String id, String name, int halfPoints, Integer outline) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewQFormat();
        if (outline != null) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            style.getPPr().addNewKeepNext();
            style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
        }
        if (halfPoints > 0) {
            CTRPr run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            CTFonts fonts = run.addNewRFonts();
            fonts.setAscii("Arial");
            fonts.setHAnsi("Arial");
        }
        return new XWPFStyle(style);
    }
}
