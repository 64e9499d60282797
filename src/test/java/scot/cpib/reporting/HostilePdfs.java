package scot.cpib.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * Uploaded PDFs a hostile or careless author could send, built with PDFBox: JavaScript as the opening
 * action and in the document's name tree, an embedded file, a link that launches a program, a page
 * that runs script when opened, an XFA form, and one ordinary web link that must survive cleaning.
 */
public final class HostilePdfs {

    public static final String SCRIPT = "app.alert('opened')";
    public static final String WEB_LINK = "https://www.example.org/report";

    private HostilePdfs() {
    }

    public static byte[] withActiveContent(String title) throws IOException {
        try (PDDocument document = Loader.loadPDF(SamplePdfs.textPdf(title, 2))) {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript(SCRIPT));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript(SCRIPT)));
            names.setJavascript(scripts);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("payload.exe");
            spec.setEmbeddedFile(new PDEmbeddedFile(document,
                    new ByteArrayInputStream("MZ payload".getBytes(StandardCharsets.US_ASCII))));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("payload.exe", spec));
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);

            PDPage page = document.getPage(0);
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDComplexFileSpecification());
            launch.getCOSObject().setString(COSName.F, "calc.exe");
            PDAnnotationLink launcher = link(launch, 100);
            PDActionURI uri = new PDActionURI();
            uri.setURI(WEB_LINK);
            PDAnnotationLink web = link(uri, 200);
            page.setAnnotations(List.of(launcher, web));
            PDPageAdditionalActions onOpen = new PDPageAdditionalActions();
            onOpen.setO(new PDActionJavaScript(SCRIPT));
            page.setActions(onOpen);

            PDAcroForm form = new PDAcroForm(document);
            form.getCOSObject().setItem(COSName.XFA, new COSString("<xdp:xdp/>"));
            document.getDocumentCatalog().setAcroForm(form);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDAnnotationLink link(org.apache.pdfbox.pdmodel.interactive.action.PDAction action, float y) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(60, y, 200, 20));
        link.setAction(action);
        return link;
    }
}
