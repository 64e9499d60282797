package scot.cpib.reporting.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Small office papers made in the test with POI or by zipping XML: a Word, ODF, Excel, PowerPoint and text paper. */
final class OfficeFixtures {

    private OfficeFixtures() {
    }

    /** A Word paper with a heading, a paragraph, a bulleted list and a two-row table. */
    static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = document.createParagraph();
            heading.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
            heading.createRun().setText("Partner feedback");
            document.createParagraph().createRun().setText("Chief officers asked for fewer, clearer messages.");
            BigInteger numId = bullets(document);
            for (String point : new String[] {"Shorter papers", "One contact per partner"}) {
                XWPFParagraph item = document.createParagraph();
                item.setNumID(numId);
                item.createRun().setText(point);
            }
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Partner");
            table.getRow(0).getCell(1).setText("Response");
            table.getRow(1).getCell(0).setText("Police Scotland");
            table.getRow(1).getCell(1).setText("Supportive");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigInteger bullets(XWPFDocument document) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("\u2022");
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    /** A Word file holding nothing but empty paragraphs. */
    static byte[] emptyDocx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument text with a heading, a paragraph, a list and a table, zipped from its XML. */
    static byte[] odt() {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
                  <office:body><office:text>
                    <text:h text:outline-level="1">Community participation</text:h>
                    <text:p>The action learning set met<text:s/>four times.</text:p>
                    <text:list><text:list-item><text:p>Listen first</text:p></text:list-item>
                      <text:list-item><text:p>Report back</text:p></text:list-item></text:list>
                    <table:table table:name="Sessions"><table:table-row>
                      <table:table-cell><text:p>Session</text:p></table:table-cell>
                      <table:table-cell><text:p>Attendance</text:p></table:table-cell></table:table-row>
                      <table:table-row><table:table-cell><text:p>Dundee</text:p></table:table-cell>
                      <table:table-cell><text:p>14</text:p></table:table-cell>
                      <table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>
                  </office:text></office:body>
                </office:document-content>
                """;
        return zip("application/vnd.oasis.opendocument.text", "content.xml", content);
    }

    /** A zip holding a mimetype and one named entry. */
    static byte[] zip(String mimetype, String entry, String xml) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(xml.strip().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook with a sheet of figures and a formula whose value is calculated. */
    static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Budget 2032");
            sheet.createRow(0).createCell(0).setCellValue("Heading");
            sheet.getRow(0).createCell(1).setCellValue("Amount");
            sheet.createRow(1).createCell(0).setCellValue("Engagement events");
            sheet.getRow(1).createCell(1).setCellValue(1250);
            sheet.createRow(2).createCell(0).setCellValue("Total");
            sheet.getRow(2).createCell(1).setCellFormula("B2*2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A presentation of one slide with a title and a text box. */
    static byte[] pptx() {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSLFSlide slide = show.createSlide();
            XSLFTextBox box = slide.createTextBox();
            box.setText("Outcomes for communities are the measure of success");
            show.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
