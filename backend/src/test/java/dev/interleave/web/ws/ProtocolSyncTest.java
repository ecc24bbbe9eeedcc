package dev.interleave.web.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps frontend/src/protocol.ts in step with the Jackson model: its PROTOCOL_FIELDS must list
 * every message type and nested shape of ClientMessage and ServerMessage with their members in
 * order, and its ERROR_CODES the codes of ProtocolError. (tsc checks PROTOCOL_FIELDS against the
 * TypeScript interfaces, so the three cannot drift apart.) On a difference it prints the block
 * protocol.ts should have.
 */
class ProtocolSyncTest {

    static final Path PROTOCOL_TS = Path.of("..", "frontend", "src", "protocol.ts");

    /** Each type name and its members, from the records. */
    static Map<String, List<String>> javaModel() {
        Map<String, List<String>> model = new LinkedHashMap<>();
        for (Class<?> c : ClientMessage.class.getPermittedSubclasses()) {
            model.put(c.getSimpleName().toLowerCase(Locale.ROOT), members(c));
        }
        for (Class<?> c : ServerMessage.class.getPermittedSubclasses()) {
            model.put(c.getAnnotation(JsonTypeName.class).value(), members(c));
        }
        model.put("RunConfig", members(RunConfig.class));
        model.put("TraceConfig", members(TraceConfig.class));
        model.put("DecisionEntry", members(ServerMessage.DecisionEntry.class));
        model.put("DecisionOption", members(ServerMessage.Option.class));
        model.put("ThreadStack", members(dev.interleave.engine.Inspection.ThreadStack.class));
        model.put("FrameView", members(dev.interleave.vm.FrameView.class));
        return model;
    }

    static List<String> members(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** PROTOCOL_FIELDS as protocol.ts writes it. */
    static Map<String, List<String>> tsModel(String ts) {
        int start = ts.indexOf("export const PROTOCOL_FIELDS = {");
        int end = ts.indexOf("} as const;", start);
        assertTrue(start >= 0 && end > start, "protocol.ts has no PROTOCOL_FIELDS block");
        String block = ts.substring(ts.indexOf('{', start) + 1, end);
        Map<String, List<String>> model = new LinkedHashMap<>();
        Matcher entry = Pattern.compile("(\\w+):\\s*\\[([^\\]]*)\\]").matcher(block);
        while (entry.find()) {
            List<String> fields = new ArrayList<>();
            Matcher name = Pattern.compile("'([^']*)'").matcher(entry.group(2));
            while (name.find()) {
                fields.add(name.group(1));
            }
            model.put(entry.group(1), fields);
        }
        return model;
    }

    static List<String> javaErrorCodes() throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field f : ProtocolError.Codes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                f.setAccessible(true);
                codes.add((String) f.get(null));
            }
        }
        return codes;
    }

    static List<String> tsErrorCodes(String ts) {
        int start = ts.indexOf("export const ERROR_CODES = [");
        int end = ts.indexOf("] as const;", start);
        assertTrue(start >= 0 && end > start, "protocol.ts has no ERROR_CODES list");
        List<String> codes = new ArrayList<>();
        Matcher name = Pattern.compile("'([^']*)'").matcher(ts.substring(start, end));
        while (name.find()) {
            codes.add(name.group(1));
        }
        return codes;
    }

    @Test
    void typeScriptListsEveryMessageWithItsMembers() throws IOException {
        Map<String, List<String>> java = javaModel();
        Map<String, List<String>> ts = tsModel(Files.readString(PROTOCOL_TS));
        StringBuilder expected = new StringBuilder("export const PROTOCOL_FIELDS = {\n");
        java.forEach((type, fields) -> expected.append("  ").append(type).append(": [")
                .append(String.join(", ", fields.stream().map(f -> "'" + f + "'").toList())).append("],\n"));
        expected.append("} as const;");
        assertEquals(java, ts, "frontend/src/protocol.ts differs from the Java model; it should read\n" + expected);
    }

    @Test
    void typeScriptListsEveryErrorCode() throws Exception {
        assertEquals(javaErrorCodes(), tsErrorCodes(Files.readString(PROTOCOL_TS)));
    }

    @Test
    void theTypeNamesAreTheOnesTheServerWrites() {
        String json = WsContextAccess.writer().writeValueAsString(new ServerMessage.Started(7));
        assertEquals("{\"type\":\"started\",\"run\":7}", json);
        String error = WsContextAccess.writer().writeValueAsString(ServerMessage.ErrorReport.of("busy", "full"));
        assertEquals("{\"type\":\"error\",\"code\":\"busy\",\"message\":\"full\"}", error);
    }
}
