package dev.interleave.web.ws;

import dev.interleave.engine.Engine;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The {@code /ws} endpoint (docs/protocol.md): one {@link Connection} per WebSocket session.
 * Takes messages in parts so that an oversized one is refused with an error, not a closed
 * connection. Nothing thrown here reaches the container: it would close the connection.
 */
@Component
public class RunSocketHandler extends TextWebSocketHandler implements DisposableBean {

    private static final String CONNECTION = Connection.class.getName();

    private final WsContext ctx;
    private final ConcurrentHashMap<String, Connection> connections = new ConcurrentHashMap<>();

    public RunSocketHandler(Engine engine, WsProperties props) {
        this.ctx = new WsContext(engine, props);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        String address = address(session);
        Connection c = new Connection(session, address, ctx);
        ctx.addresses().connected(address);
        session.getAttributes().put(CONNECTION, c);
        connections.put(session.getId(), c);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Connection c = connection(session);
        if (c != null) {
            c.text(message.getPayload(), message.isLast());
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        Connection c = connection(session);
        if (c != null) {
            c.binary(message.isLast());
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        closed(session);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        closed(session);
    }

    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    /** Open connections (tests: none stay behind once clients close). */
    public int openConnections() {
        return connections.size();
    }

    /** Runs accepted and not yet ended, server-wide. */
    public int liveRuns() {
        return ctx.runs();
    }

    /** New runs waiting for their turn. */
    public int queuedRuns() {
        return ctx.gate().queued().size();
    }

    /** Client addresses holding a connection or a run. */
    public int addresses() {
        return ctx.addresses().size();
    }

    @Override
    public void destroy() {
        connections.values().forEach(Connection::close);
        ctx.close();
    }

    private Connection connection(WebSocketSession session) {
        return (Connection) session.getAttributes().get(CONNECTION);
    }

    private void closed(WebSocketSession session) {
        Connection c = connections.remove(session.getId());
        if (c != null) {
            c.close();
            ctx.addresses().disconnected(c.address());
        }
    }

    private static String address(WebSocketSession session) {
        InetSocketAddress remote = session.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
