package dev.interleave.web.rest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/**
 * Refusals of this package's controllers as {@code {"error": message}}, the shape every API error
 * has. Ordered before the web package's handler so that its run-request wording does not apply here.
 */
@RestControllerAdvice(basePackageClasses = RestErrorHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RestErrorHandler {

    static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }

    @ExceptionHandler(RestException.class)
    ResponseEntity<Map<String, String>> refused(RestException e) {
        return error(e.status(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "the request body is not valid JSON of the form {\"source\": \"...\"}");
    }
}
