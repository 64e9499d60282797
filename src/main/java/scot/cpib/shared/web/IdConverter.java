package scot.cpib.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * An id typed in the address ({@code <f:viewParam converter="cpib.id">}): a whole number of up to 18
 * digits. A missing or empty one is null (pages where the id is optional open their "new" form); a
 * malformed one ("abc", "-1", too many digits) is {@link #NO_SUCH_ID}, which finds nothing, so the
 * page answers with the 404 page rather than a conversion error or a 500.
 */
@FacesConverter("cpib.id")
public class IdConverter implements Converter<Long> {

    /** Stands for an id that was given but cannot be one: no record has it. */
    public static final Long NO_SUCH_ID = 0L;

    /** The id, or null when the text is not one. */
    public static Long parse(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long id = parse(value);
        return id == null ? NO_SUCH_ID : id;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
