package dev.interleave.web;

import org.springframework.http.HttpStatus;

/** A request the API refuses, answered as {@code {"error": message}} with the status. */
class ApiException extends RuntimeException {

    private final HttpStatus status;

    ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
