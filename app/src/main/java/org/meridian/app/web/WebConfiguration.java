package org.meridian.app.web;

import org.meridian.app.security.UserAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The web UI's language resolution and the layout model added to every page. */
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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(layoutAttributes).excludePathPatterns("/api/**", "/ui/**", "/webjars/**", "/css/**",
                "/js/**");
    }
}
