package scot.cpib.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionLifetimesTest {

    private final Map<String, Object> session = new HashMap<>(Map.of("new", true, "interval", 3600));

    @Test
    void aSessionMadeForAVisitorNotSignedInLastsFiveMinutes() {
        SessionLifetimes.limitIfAnonymous(request(null), session());
        assertEquals(300, session.get("interval"));
    }

    @Test
    void aSessionMadeWhileSignedInKeepsItsTimeOut() {
        SessionLifetimes.limitIfAnonymous(request(() -> "member"), session());
        assertEquals(3600, session.get("interval"));
    }

    @Test
    void signingInGivesAShortSessionTheTimeOutOfWebXml() {
        session.put("interval", 300);
        SessionLifetimes.extendIfSignedIn(request(() -> "member"));
        assertEquals(3600, session.get("interval"));
    }

    @Test
    void aVisitorNotSignedInKeepsTheShortSession() {
        session.put("interval", 300);
        SessionLifetimes.extendIfSignedIn(request(null));
        assertEquals(300, session.get("interval"));
    }

    private HttpSession session() {
        return proxy(HttpSession.class, (name, args) -> switch (name) {
            case "isNew" -> session.get("new");
            case "getMaxInactiveInterval" -> session.get("interval");
            case "setMaxInactiveInterval" -> session.put("interval", args[0]);
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private HttpServletRequest request(Principal principal) {
        ServletContext context = proxy(ServletContext.class, (name, args) -> {
            if (name.equals("getSessionTimeout")) {
                return 60;
            }
            throw new UnsupportedOperationException(name);
        });
        return proxy(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getUserPrincipal" -> principal;
            case "getSession" -> session();
            case "getServletContext" -> context;
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
