package org.meridian.app.security;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sessions with CSRF protection for the web UI; bearer API tokens for scripts and other systems. API calls
 * without credentials get 401 (never a redirect to the login page).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith(
            request.getContextPath() + "/api/");
    private static final RequestMatcher BEARER = request -> {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.startsWith("Bearer ");
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt behind a {id} prefix, so the algorithm can be upgraded without invalidating stored hashes.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens,
            MeridianUserDetailsService userDetails) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/language", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
                        "/geo/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs/**",
                        "/swagger-ui/**", "/swagger-ui.html")
                .permitAll()
                .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenAuthentication(tokens, userDetails),
                        UsernamePasswordAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(BEARER))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor((request, response, failure) -> {
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\","
                            + "\"detail\":\"sign in, or send an API token as 'Authorization: Bearer mrd_...'\"}");
                }, API));
        return http.build();
    }
}
