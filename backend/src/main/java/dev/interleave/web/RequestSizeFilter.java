package dev.interleave.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses API request bodies that announce more than {@link #MAX_BODY_BYTES} before they are read,
 * so a huge upload never reaches the JSON parser. The source limit itself is checked by
 * {@link RunController}.
 */
@Component
class RequestSizeFilter extends OncePerRequestFilter {

    static final long MAX_BODY_BYTES = 2L << 20;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"the request body is " + length
                    + " bytes; the limit is " + MAX_BODY_BYTES + " bytes\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
