package scot.cpib.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.Locale;
import scot.cpib.shared.domain.PartialDate;

/**
 * Converts the one day-or-month text field ({@code <cc:partialDate>}) to a {@link PartialDate} and back.
 * An empty field is no date; text that cannot be read is refused with a message that says what to type,
 * and stays in the field. The input's attribute {@code quarters} (true or false) allows "Q1 2019".
 */
@FacesConverter("cpib.partialDate")
public class PartialDateConverter implements Converter<PartialDate> {

    /** The id of the text input inside {@code <cc:partialDate>}. */
    public static final String INPUT_ID = "date";

    /** The id, relative to the form, of the input of the date component with the given id: "due" → "due:date". */
    public static String inputOf(String componentId) {
        return componentId + UINamingContainer.SEPARATOR_CHAR + INPUT_ID;
    }

    @Override
    public PartialDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PartialDateParser.parse(value, quartersAllowed(component), Locale.UK);
        } catch (PartialDateParser.Unreadable e) {
            String text = PageMessages.text(e.getMessageKey());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PartialDate value) {
        return value == null ? "" : value.getLabel();
    }

    private static boolean quartersAllowed(UIComponent component) {
        Object quarters = component.getAttributes().get("quarters");
        return quarters instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(quarters));
    }
}
