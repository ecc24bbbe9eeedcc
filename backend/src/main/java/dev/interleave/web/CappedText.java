package dev.interleave.web;

/** Collects text up to a number of characters; past it, drops the rest and says so at the end. */
final class CappedText {

    static final String TRUNCATED = "\n[output truncated]";

    private final int limit;
    private final StringBuilder text = new StringBuilder();
    private boolean truncated;

    CappedText(int limit) {
        this.limit = limit;
    }

    void append(String more) {
        if (truncated) {
            return;
        }
        int room = limit - text.length();
        if (more.length() <= room) {
            text.append(more);
        } else {
            text.append(more, 0, room);
            truncated = true;
        }
    }

    @Override
    public String toString() {
        return truncated ? text + TRUNCATED : text.toString();
    }
}
