package scot.cpib.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Optional;

/**
 * Writes this request's Content-Security-Policy nonce ({@link ContentSecurityPolicy}) on every
 * {@code <script>} element that Faces, PrimeFaces or a page renders, so that a script the app
 * itself writes runs and one injected into a page does not. Registered in faces-config.xml.
 */
public class CspNonceRenderKitFactory extends RenderKitFactory {

    public CspNonceRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit renderKit = getWrapped().getRenderKit(context, renderKitId);
        return renderKit == null ? null : new NonceRenderKit(renderKit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class NonceRenderKit extends RenderKitWrapper {

        NonceRenderKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            return new NonceWriter(getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding));
        }
    }

    private static final class NonceWriter extends ResponseWriterWrapper {

        NonceWriter(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            super.startElement(name, component);
            if ("script".equalsIgnoreCase(name)) {
                Optional<String> nonce = nonce();
                if (nonce.isPresent()) {
                    super.writeAttribute("nonce", nonce.get(), null);
                }
            }
        }

        private static Optional<String> nonce() {
            Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
            return request instanceof ServletRequest servletRequest
                    ? ContentSecurityPolicy.nonceOf(servletRequest) : Optional.empty();
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new NonceWriter(getWrapped().cloneWithWriter(writer));
        }
    }
}
