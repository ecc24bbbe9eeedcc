package dev.interleave.vm;

import dev.interleave.machine.SimProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A process's file descriptors: 0, 1 and 2 (its standard streams) and the pipe ends os.pipe
 * made. A new descriptor is the lowest free number, as POSIX says. Fork copies the table: the
 * child holds its own handle on every pipe end the parent held (so a reader sees EOF only when
 * every process has closed its write end, or ended).
 */
final class FdTable {

    /** The value of a standard stream's descriptor (anything else is a {@link BytePipe.End}). */
    static final String STDIN = "stdin";
    static final String STDOUT = "stdout";
    static final String STDERR = "stderr";

    private final TreeMap<Integer, Object> open = new TreeMap<>();

    private FdTable() {
        open.put(0, STDIN);
        open.put(1, STDOUT);
        open.put(2, STDERR);
    }

    /** The running process's table. */
    static FdTable of(Interpreter in) {
        return in.moduleState("os.fds", FdTable::new);
    }

    /** The lowest free descriptor, now referring to {@code end}. */
    int add(BytePipe.End end) {
        int fd = 0;
        while (open.containsKey(fd)) {
            fd++;
        }
        open.put(fd, end);
        return fd;
    }

    /** What {@code fd} refers to, or OSError EBADF. */
    Object get(Interpreter in, long fd) {
        Object o = fd < 0 || fd > Integer.MAX_VALUE ? null : open.get((int) fd);
        if (o == null) {
            throw badFd(in);
        }
        return o;
    }

    /** os.close: the descriptor is free again; a pipe end closes (the other side may see EOF). */
    void close(Interpreter in, long fd) {
        Object o = get(in, fd);
        open.remove((int) fd);
        if (o instanceof BytePipe.End e) {
            e.close();
        }
    }

    /** The process ends: every pipe end it holds closes. */
    void closeAll() {
        List<Object> ends = new ArrayList<>(open.values());
        open.clear();
        for (Object o : ends) {
            if (o instanceof BytePipe.End e) {
                e.close();
            }
        }
    }

    /**
     * After a fork copied this table into the child {@code p}: the child's descriptors get
     * handles of their own, owned by {@code p}, on the same pipes.
     */
    void adopt(SimProcess p) {
        for (Map.Entry<Integer, Object> e : open.entrySet()) {
            if (e.getValue() instanceof BytePipe.End end) {
                e.setValue(end.pipe.open(p, end.write));
            }
        }
    }

    static PyException badFd(Interpreter in) {
        return OsModule.osError(in, Builtins.OS_ERROR, 9, "Bad file descriptor");
    }
}
