package dev.interleave.web.ws;

import dev.interleave.engine.Engine;
import tools.jackson.databind.ObjectWriter;

/** The server's own JSON writer, for tests that check what goes on the wire. */
final class WsContextAccess {

    private static final ObjectWriter WRITER;

    static {
        WsContext ctx = new WsContext(new Engine(), WsProperties.defaults());
        WRITER = ctx.writer();
        ctx.close();
    }

    private WsContextAccess() {}

    static ObjectWriter writer() {
        return WRITER;
    }
}
