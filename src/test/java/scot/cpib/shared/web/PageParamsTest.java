package scot.cpib.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageParamsTest {

    @Test
    void aPageThatIsNotANumberOrBelowOneIsTheFirst() {
        assertEquals(1, PageParams.pageNumber(null));
        assertEquals(1, PageParams.pageNumber("two"));
        assertEquals(1, PageParams.pageNumber("0"));
        assertEquals(1, PageParams.pageNumber("-3"));
        assertEquals(7, PageParams.pageNumber(" 7 "));
    }

    @Test
    void aSizeNotOfferedIsTheDefault() {
        List<Integer> sizes = List.of(25, 50, 100);
        assertEquals(25, PageParams.pageSize(null, sizes, 25));
        assertEquals(25, PageParams.pageSize("lots", sizes, 25));
        assertEquals(25, PageParams.pageSize("30", sizes, 25));
        assertEquals(100, PageParams.pageSize(" 100", sizes, 25));
    }
}
