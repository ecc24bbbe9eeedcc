package dev.interleave.vm;

import dev.interleave.machine.SimProcess;
import dev.interleave.machine.SimThread;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An os-level pipe between a program and a command it runs (subprocess, os.popen): a buffer of
 * bytes of {@link #CAPACITY} bytes, a write end and a read end, each owned by one process. A
 * reader blocks on an empty pipe until bytes come or no write end is open (EOF); a writer blocks
 * on a full pipe until the reader takes some. An end closes when its owner closes it or ends.
 */
final class BytePipe extends SyncObject implements SharedAcrossProcesses {

    static final PyType TYPE = new PyType("pipe", Builtins.OBJECT, true);

    /** Linux's default pipe capacity. */
    static final int CAPACITY = 65536;

    static final PyType END_TYPE = new PyType("pipe_end", Builtins.OBJECT, true);

    /** One end, owned by a process (the handle a program or a command holds). */
    static final class End extends PyObject implements SharedAcrossProcesses {
        final BytePipe pipe;
        final SimProcess owner;
        final boolean write;
        boolean closed;

        End(BytePipe pipe, SimProcess owner, boolean write) {
            this.pipe = pipe;
            this.owner = owner;
            this.write = write;
        }

        @Override
        public PyType type() {
            return END_TYPE;
        }

        boolean open() {
            return !closed && owner.life() == SimProcess.Life.RUNNING;
        }

        void close() {
            pipe.close(this);
        }
    }

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final List<SimThread> writersWaiting = new ArrayList<>();
    private final List<End> ends = new ArrayList<>();

    BytePipe(Interpreter in, String name) {
        super(in, TYPE, "queue", name, new Object[] {"maxsize", CAPACITY, "flavour", "pipe", "shared", true});
    }

    @Override
    public String describe() {
        return "pipe " + name;
    }

    @Override
    public void forget(SimThread waiter) {
        waiters.remove(waiter);
        writersWaiting.remove(waiter);
    }

    /** A new handle on one end, held by {@code owner}. */
    End open(SimProcess owner, boolean write) {
        End e = new End(this, owner, write);
        ends.add(e);
        return e;
    }

    private boolean anyOpen(boolean write) {
        for (End e : ends) {
            if (e.write == write && e.open()) {
                return true;
            }
        }
        return false;
    }

    boolean eof() {
        return !anyOpen(true);
    }

    /** Writes all of {@code data}, blocking while the pipe is full; false when the reader is gone. */
    boolean write(byte[] data) {
        int at = 0;
        while (at < data.length) {
            if (!anyOpen(false)) {
                return false;
            }
            int room = CAPACITY - buffer.size();
            if (room == 0) {
                writersWaiting.add(me());
                machine.block(this, -1, "write");
                writersWaiting.remove(me());
                continue;
            }
            int n = Math.min(room, data.length - at);
            buffer.write(data, at, n);
            String item = PyBytes.repr(Arrays.copyOfRange(data, at, at + n));
            at += n;
            SimThread woke = waiters.isEmpty() ? null : waiters.remove(0);
            emit("pipe.send", item, woke);
            if (woke != null) {
                machine.wake(woke);
            }
        }
        return true;
    }

    /**
     * Reads what is there, blocking while the pipe is empty and a write end is open: at most
     * {@code max} bytes (negative: all of it); empty at EOF; null when the deadline (virtual ns,
     * negative: none) passed first.
     */
    byte[] read(int max, long deadline) {
        while (buffer.size() == 0) {
            if (eof()) {
                return new byte[0];
            }
            if (deadline >= 0 && machine.now() >= deadline) {
                return null;
            }
            waiters.add(me());
            waitUntil(deadline, "read");
            waiters.remove(me());
        }
        byte[] all = buffer.toByteArray();
        int n = max < 0 ? all.length : Math.min(max, all.length);
        buffer.reset();
        buffer.write(all, n, all.length - n);
        byte[] got = Arrays.copyOf(all, n);
        SimThread woke = writersWaiting.isEmpty() ? null : writersWaiting.remove(0);
        emit("pipe.recv", PyBytes.repr(got), woke);
        if (woke != null) {
            machine.wake(woke);
        }
        return got;
    }

    /** Everything until EOF, or null (with what came kept in {@code sofar}) when the deadline passed. */
    byte[] readAll(long deadline, ByteArrayOutputStream sofar) {
        while (true) {
            byte[] b = read(-1, deadline);
            if (b == null) {
                return null;
            }
            if (b.length == 0) {
                return sofar.toByteArray();
            }
            sofar.write(b, 0, b.length);
        }
    }

    /** One line (up to and with its newline), or what is left at EOF. */
    byte[] readline() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            while (buffer.size() == 0 && !eof()) {
                waiters.add(me());
                waitUntil(-1, "read");
                waiters.remove(me());
            }
            if (buffer.size() == 0) {
                return line.toByteArray();
            }
            byte[] have = buffer.toByteArray();
            int nl = -1;
            for (int i = 0; i < have.length; i++) {
                if (have[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            byte[] b = read(nl < 0 ? -1 : nl + 1, -1);
            line.write(b, 0, b.length);
            if (nl >= 0) {
                return line.toByteArray();
            }
        }
    }

    /** Closes one end (the other side sees EOF, or a broken pipe). */
    void close(End e) {
        if (e == null || e.closed) {
            return;
        }
        e.closed = true;
        wakeAll();
    }

    /** Someone who may wait here has to look again (an end closed, its owner ended). */
    void wakeAll() {
        for (SimThread t : List.copyOf(waiters)) {
            machine.wake(t);
        }
        for (SimThread t : List.copyOf(writersWaiting)) {
            machine.wake(t);
        }
    }

    private void emit(String kind, String item, SimThread woke) {
        String shown = item.length() > 80 ? item.substring(0, 77) + "..." : item;
        machine.emit(kind, traceId, "item", shown, "woke", woke == null ? null : (Object) woke.id(), "size",
                buffer.size(), "items", buffer.size() == 0 ? List.of() : List.of(shownBuffer()), "unfinished", 0);
    }

    private String shownBuffer() {
        String r = PyBytes.repr(buffer.toByteArray());
        return r.length() > 80 ? r.substring(0, 77) + "..." : r;
    }

    static {
        TYPE.setModule("subprocess");
        END_TYPE.setModule("subprocess");
    }
}
