package org.meridian.app.web;

import org.meridian.app.security.UserAccounts;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** The web UI's language resolution, the layout model added to every page, and how static files are linked. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private final LayoutAttributes layoutAttributes;

    WebConfiguration(LayoutAttributes layoutAttributes) {
        this.layoutAttributes = layoutAttributes;
    }

    /** Named {@code localeResolver}, the name the DispatcherServlet looks up. */
    @Bean
    LocaleResolver localeResolver(SignedInUser signedIn, UserAccounts accounts) {
        return new UserLocaleResolver(signedIn, accounts);
    }

    /**
     * Switches off the resource URL rewriting that Boot adds because a webjars locator is present. It would rewrite
     * every link of a page through the static resource chain, and a link that is not a static file ({@code
     * /mobility?country=DE}: most of a dashboard's) is looked up in every jar of the class path on every request,
     * uncached: about two thirds of the dashboard's CPU time (JFR, 4 concurrent users). Version-less webjar URLs
     * ({@code /webjars/echarts/dist/echarts.min.js}) are still resolved when the file is served.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(layoutAttributes).excludePathPatterns("/api/**", "/ui/**", "/webjars/**", "/css/**",
                "/js/**");
    }
}
