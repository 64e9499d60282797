package scot.cpib.reporting.application;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import scot.cpib.minutes.domain.MinuteText;

/**
 * A minute text in a Word document: paragraphs, and real Word lists (bulleted, or numbered from the
 * list's first number, each numbered list counting on its own).
 */
public final class DocxLists {

    private final XWPFDocument doc;
    private final XWPFNumbering numbering;
    private final BigInteger bullets;
    private final BigInteger numbers;

    public DocxLists(XWPFDocument doc) {
        this.doc = doc;
        this.numbering = doc.createNumbering();
        BigInteger bulleted = numbering.addAbstractNum(level(BigInteger.ZERO, STNumberFormat.BULLET, "\u2022"));
        this.numbers = numbering.addAbstractNum(level(BigInteger.ONE, STNumberFormat.DECIMAL, "%1."));
        this.bullets = numbering.addNum(bulleted);
    }

    /** Writes the text's blocks as paragraphs of the document, in the given list style for list items. */
    public void write(String text, String listStyle) {
        for (MinuteText.Block block : MinuteText.blocks(text)) {
            switch (block.kind()) {
                case PARAGRAPH -> doc.createParagraph().createRun().setText(block.getText());
                case BULLETED -> items(block, bullets, listStyle);
                case NUMBERED -> items(block, numberedFrom(block.start()), listStyle);
            }
        }
    }

    private void items(MinuteText.Block block, BigInteger numId, String listStyle) {
        for (String item : block.items()) {
            XWPFParagraph paragraph = doc.createParagraph();
            paragraph.setStyle(listStyle);
            paragraph.setNumID(numId);
            paragraph.setNumILvl(BigInteger.ZERO);
            paragraph.createRun().setText(item);
        }
    }

    /** A new numbering instance, so that this list counts from its own first number. */
    private BigInteger numberedFrom(int start) {
        BigInteger numId = numbering.addNum(numbers);
        CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return numId;
    }

    private static XWPFAbstractNum level(BigInteger abstractId, STNumberFormat.Enum format, String text) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(abstractId);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(567));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(283));
        return new XWPFAbstractNum(abstractNum);
    }
}
