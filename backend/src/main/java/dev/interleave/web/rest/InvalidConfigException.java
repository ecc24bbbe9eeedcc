package dev.interleave.web.rest;

/** A config object that {@link ConfigFields#apply} refuses; the message names the field and what it accepts. */
public final class InvalidConfigException extends IllegalArgumentException {

    public InvalidConfigException(String message) {
        super(message);
    }
}
