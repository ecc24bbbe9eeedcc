package dev.interleave.web.ws;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.context.ServletContextAware;

/**
 * Sets the servlet container's WebSocket settings: frames are handed over in parts of at most
 * 64 K characters (the handler puts messages together and refuses large ones itself), and idle
 * connections close after {@code interleave.ws.idle-timeout}. Does nothing where there is no
 * WebSocket container (a mock servlet environment in tests).
 */
@Component
class WsContainerSettings implements ServletContextAware {

    static final int PART_CHARS = 64 * 1024;

    private final WsProperties props;

    WsContainerSettings(WsProperties props) {
        this.props = props;
    }

    @Override
    public void setServletContext(ServletContext context) {
        if (context.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
            container.setDefaultMaxTextMessageBufferSize(PART_CHARS);
            container.setDefaultMaxBinaryMessageBufferSize(PART_CHARS);
            container.setDefaultMaxSessionIdleTimeout(props.idleTimeout().toMillis());
        }
    }
}
