package scot.cpib.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import scot.cpib.action.web.QueryLinks;
import scot.cpib.board.application.ListPage;
import scot.cpib.board.application.PeopleRegister;
import scot.cpib.board.domain.Organisation;

/**
 * The organisations ({@code organisations.xhtml}), a page at a time and filtered by GET parameters
 * ({@code text}, {@code page}, {@code size}): two statements a page.
 */
@Named
@RequestScoped
public class OrganisationsPage {

    @Inject
    private FacesContext faces;

    @Inject
    private PeopleRegister register;

    private final RegisterPaging paging = new RegisterPaging();
    private ListPage<Organisation> result;

    public ListPage<Organisation> getResult() {
        if (result == null) {
            result = paging.read(register::listOrganisations);
        }
        return result;
    }

    public String pageLink(int number) {
        return paging.link(new QueryLinks(faces.getExternalContext().getRequestContextPath() + "/admin/organisations.xhtml"), number);
    }

    public RegisterPaging getPaging() {
        return paging;
    }
}
