package dev.interleave.web.ws;

/**
 * A client message the server refuses: sent back as an {@code error} message with {@code code}
 * (one of {@link Codes}), the message and the field at fault; the connection stays open.
 */
final class ProtocolError extends RuntimeException {

    final String code;
    final String field;

    ProtocolError(String code, String message, String field) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    ProtocolError(String code, String message) {
        this(code, message, null);
    }

    ServerMessage.ErrorReport report(Long run) {
        return new ServerMessage.ErrorReport(code, getMessage(), field, null, null, null, null, run, null);
    }

    /** The error codes (docs/protocol.md, "Errors"). */
    static final class Codes {
        static final String BAD_JSON = "bad-json";
        static final String BAD_MESSAGE = "bad-message";
        static final String UNKNOWN_TYPE = "unknown-type";
        static final String MISSING_FIELD = "missing-field";
        static final String BAD_FIELD = "bad-field";
        static final String MESSAGE_TOO_LARGE = "message-too-large";
        static final String BINARY_MESSAGE = "binary-message";
        static final String SOURCE_TOO_LARGE = "source-too-large";
        static final String BAD_CONFIG = "bad-config";
        static final String SYNTAX_ERROR = "syntax-error";
        static final String RATE_LIMITED = "rate-limited";
        static final String TOO_MANY_RUNS = "too-many-runs";
        static final String BUSY = "busy";
        static final String NO_RUN = "no-run";
        static final String NOT_INTERACTIVE = "not-interactive";
        static final String NO_DECISION = "no-decision";
        static final String BAD_PICK = "bad-pick";
        static final String STALE_PICK = "stale-pick";
        static final String BAD_ACK = "bad-ack";
        static final String INTERNAL = "internal";

        private Codes() {}
    }
}
