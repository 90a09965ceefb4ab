package org.meridian.app.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries {@code Authorization: Bearer mrd_...}. An unknown or revoked token is
 * answered with 401 at once rather than falling back to anonymous access.
 */
class ApiTokenAuthentication extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final MeridianUserDetailsService userDetails;

    ApiTokenAuthentication(ApiTokens tokens, MeridianUserDetailsService userDetails) {
        this.tokens = tokens;
        this.userDetails = userDetails;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith("Bearer ")) {
            MeridianUserDetails details = tokens.userOf(header.substring(7).trim()).map(userDetails::byId)
                    .filter(MeridianUserDetails::enabled).orElse(null);
            if (details == null) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\","
                        + "\"detail\":\"the API token is unknown or revoked\"}");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                    details.getAuthorities()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    /**
     * Signs in the async dispatch too: a streamed download (an export) finishes in a second dispatch, which
     * is authorised again and has no session to take the user from.
     */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
