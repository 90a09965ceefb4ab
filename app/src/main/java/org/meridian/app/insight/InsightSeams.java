package org.meridian.app.insight;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.meridian.core.balance.ChannelFlow;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The figures that another capability will supply and does not yet: led works, co-author countries and
 * publication indicators (analytics store). Each bean here says
 * it is not available; a capability that supplies the figures replaces its bean here with its own.
 */
@Configuration(proxyBeanMethods = false)
class InsightSeams {

    @Bean
    ScholarlyFigures scholarlyFigures() {
        return new ScholarlyFigures() {

            @Override
            public boolean available() {
                return false;
            }

            @Override
            public List<ChannelFlow> researchFlows(long tenantId) {
                return List.of();
            }

            @Override
            public Map<Integer, Set<String>> coauthorCountriesByYear(long tenantId) {
                return Map.of();
            }

            @Override
            public Map<Long, Map<String, Double>> indicatorsByTenant(Set<Long> tenantIds) {
                return Map.of();
            }
        };
    }
}
