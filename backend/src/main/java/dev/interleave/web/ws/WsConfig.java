package dev.interleave.web.ws;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Maps {@link RunSocketHandler} at {@code /ws} (plain WebSocket, no STOMP or SockJS). Browsers
 * from other origins are refused at the handshake (403) unless
 * {@code interleave.ws.allowed-origins} names them; clients that send no Origin (not browsers)
 * are let in.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(WsProperties.class)
public class WsConfig implements WebSocketConfigurer {

    private final RunSocketHandler handler;
    private final WsProperties props;

    public WsConfig(RunSocketHandler handler, WsProperties props) {
        this.handler = handler;
        this.props = props;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws").setAllowedOriginPatterns(props.allowedOrigins().toArray(String[]::new));
    }
}
