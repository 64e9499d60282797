package scot.cpib.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every page bundle in faces-config.xml is one base name with one variable, and the bundle exists. */
class FacesConfigBundlesTest {

    @Test
    void eachResourceBundleNamesOneExistingBundleAndOneVariableOfItsOwn() throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("webapp/WEB-INF/faces-config.xml").toFile()).getDocumentElement();
        NodeList bundles = root.getElementsByTagName("resource-bundle");
        assertTrue(bundles.getLength() > 0);
        Set<String> variables = new HashSet<>();
        for (int i = 0; i < bundles.getLength(); i++) {
            Element bundle = (Element) bundles.item(i);
            NodeList baseNames = bundle.getElementsByTagName("base-name");
            NodeList vars = bundle.getElementsByTagName("var");
            assertEquals(1, baseNames.getLength(), "one base-name in resource-bundle " + (i + 1));
            assertEquals(1, vars.getLength(), "one var in resource-bundle " + (i + 1));
            String baseName = baseNames.item(0).getTextContent().strip();
            assertNotNull(getClass().getResource("/" + baseName.replace('.', '/') + ".properties"), baseName);
            assertTrue(variables.add(vars.item(0).getTextContent().strip()), "variable used twice: " + vars.item(0).getTextContent());
        }
    }
}
