package dev.interleave.web.ws;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What each client address holds: its open connections, its runs (running, paused or queued)
 * and its message-rate bucket. An address leaves the book with its last connection.
 */
final class AddressBook {

    private static final class Entry {
        int connections;
        int runs;
        final TokenBucket messages;

        Entry(TokenBucket messages) {
            this.messages = messages;
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final WsProperties props;

    AddressBook(WsProperties props) {
        this.props = props;
    }

    void connected(String address) {
        entries.compute(address, (a, e) -> {
            Entry x = e != null ? e : new Entry(new TokenBucket(props.addressMessageRate(),
                    props.addressMessageBurst()));
            x.connections++;
            return x;
        });
    }

    void disconnected(String address) {
        entries.computeIfPresent(address, (a, e) -> --e.connections <= 0 && e.runs <= 0 ? null : e);
    }

    /** Counts a new run for {@code address} unless it already has its limit ({@code slack} more while one ends). */
    boolean runStarted(String address, int slack) {
        boolean[] ok = {false};
        entries.compute(address, (a, e) -> {
            Entry x = e != null ? e : new Entry(new TokenBucket(props.addressMessageRate(),
                    props.addressMessageBurst()));
            if (x.runs < props.maxRunsPerAddress() + slack) {
                x.runs++;
                ok[0] = true;
            }
            return x;
        });
        return ok[0];
    }

    void runEnded(String address) {
        entries.computeIfPresent(address, (a, e) -> --e.runs <= 0 && e.connections <= 0 ? null : e);
    }

    boolean takeMessage(String address) {
        Entry e = entries.get(address);
        return e == null || e.messages.take();
    }

    /** Addresses in the book (tests: nothing stays behind once every connection is closed). */
    int size() {
        return entries.size();
    }
}
