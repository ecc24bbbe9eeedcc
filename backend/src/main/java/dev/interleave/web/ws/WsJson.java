package dev.interleave.web.ws;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The endpoint's JSON: null members are left out of what it writes. Independent of the app's own mapper. */
final class WsJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /** Writes any {@link ServerMessage} with its {@code type}. */
    static final ObjectWriter SERVER_MESSAGES = MAPPER.writerFor(ServerMessage.class);

    private WsJson() {}
}
