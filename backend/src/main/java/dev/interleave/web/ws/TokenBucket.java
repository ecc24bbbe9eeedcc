package dev.interleave.web.ws;

/**
 * A message-rate limit: {@code burst} tokens, refilled at {@code rate} per second; each message
 * takes one. Called from the server's request threads (platform threads), never from a run.
 */
final class TokenBucket {

    private final double rate;
    private final double burst;
    private double tokens;
    private long last;

    TokenBucket(double rate, int burst) {
        this.rate = rate;
        this.burst = burst;
        this.tokens = burst;
        this.last = System.nanoTime();
    }

    synchronized boolean take() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) * rate / 1e9);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
