package dev.interleave.web.rest;

import org.springframework.http.HttpStatus;

/** A request this package refuses, answered as {@code {"error": message}} with the status. */
final class RestException extends RuntimeException {

    private final HttpStatus status;

    RestException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
