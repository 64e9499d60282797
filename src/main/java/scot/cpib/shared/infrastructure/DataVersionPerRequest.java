package scot.cpib.shared.infrastructure;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/** Lets each request read the data version once, however many kept reads it makes ({@link DataChanges}). */
@WebListener
public class DataVersionPerRequest implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        DataChanges.requestStarted();
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        DataChanges.requestEnded();
    }
}
