package dev.interleave.web.ws;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts a streamed run back together as the trace file the CLI writes (docs/trace.md): the
 * accepted message's config, the entities (with thread renames applied, since the file names a
 * thread by its final name), the events decoded from their columns, the decisions and the
 * summary's trace figures. The result is normalised JSON, comparable with {@code equals}.
 */
final class StreamedTrace {

    private StreamedTrace() {}

    static JsonNode of(List<JsonNode> messages) {
        ObjectNode root = WsClient.JSON.createObjectNode();
        List<ObjectNode> entities = new ArrayList<>();
        ArrayNode events = WsClient.JSON.createArrayNode();
        ArrayNode decisions = WsClient.JSON.createArrayNode();
        JsonNode accepted = null;
        JsonNode summary = null;
        long expectedSeq = 0;
        for (JsonNode m : messages) {
            switch (m.get("type").stringValue()) {
                case "accepted" -> accepted = m;
                case "entities" -> m.get("entities").forEach(e -> {
                    if (e.get("id").intValue() != entities.size()) {
                        throw new AssertionError("entity ids out of order at " + e);
                    }
                    entities.add((ObjectNode) e.deepCopy());
                });
                case "events" -> {
                    if (m.get("seq").longValue() != expectedSeq && m.get("count").intValue() > 0) {
                        throw new AssertionError("events start at " + m.get("seq") + ", expected " + expectedSeq);
                    }
                    for (ObjectNode e : decode(m)) {
                        if (e.get("kind").stringValue().equals("thread.rename")) {
                            entities.get(e.get("obj").intValue()).put("name", e.get("name").stringValue());
                        }
                        events.add(e);
                        expectedSeq++;
                    }
                    JsonNode ds = m.get("decisions");
                    if (ds != null) {
                        ds.forEach(decisions::add);
                    }
                }
                case "summary" -> summary = m;
                default -> {
                }
            }
        }
        if (accepted == null || summary == null) {
            throw new AssertionError("the stream lacks its accepted or summary message");
        }
        root.put("format", "interleave-trace");
        root.put("version", 1);
        root.putObject("program").put("file", accepted.get("file").stringValue());
        root.set("config", accepted.get("config"));
        ArrayNode ents = root.putArray("entities");
        entities.forEach(ents::add);
        root.set("events", events);
        root.set("decisions", decisions);
        ObjectNode s = root.putObject("summary");
        for (String f : List.of("exitStatus", "ending", "message", "virtualNanos", "bytecodes", "threads",
                "peakThreads", "events", "contextSwitches", "gilHandovers", "coreBusyNanos")) {
            if (summary.has(f)) {
                s.set(f, summary.get(f));
            }
        }
        return normalised(root);
    }

    /** The events of one columnar batch as trace-file objects. */
    static List<ObjectNode> decode(JsonNode m) {
        List<ObjectNode> out = new ArrayList<>();
        long seq = m.get("seq").longValue();
        long t = m.get("t0").longValue();
        JsonNode forms = m.get("forms");
        JsonNode values = m.get("values");
        int v = 0;
        for (int i = 0; i < m.get("count").intValue(); i++) {
            t += m.get("dt").get(i).longValue();
            JsonNode form = forms.get(m.get("form").get(i).intValue());
            ObjectNode e = WsClient.JSON.createObjectNode();
            e.put("seq", seq + i);
            e.put("t", t);
            e.put("kind", form.get(0).stringValue());
            int actor = m.get("actor").get(i).intValue();
            int obj = m.get("obj").get(i).intValue();
            int line = m.get("line").get(i).intValue();
            if (actor != -1) {
                e.put("actor", actor);
            }
            if (obj != -1) {
                e.put("obj", obj);
            }
            if (line != 0) {
                e.put("line", line);
            }
            for (int k = 1; k < form.size(); k++) {
                e.set(form.get(k).stringValue(), values.get(v++));
            }
            out.add(e);
        }
        if (v != values.size()) {
            throw new AssertionError("batch " + m.get("batch") + " has " + values.size() + " values, its events use " + v);
        }
        return out;
    }

    /** The same JSON with every number in the node type a parser gives it. */
    static JsonNode normalised(JsonNode n) {
        return WsClient.JSON.readTree(WsClient.JSON.writeValueAsString(n));
    }
}
