package org.meridian.app.partners;

import org.meridian.app.EnumAsCode;
import org.meridian.core.partners.InstitutionType;
import org.meridian.core.partners.PartnerKind;
import org.meridian.core.partners.RelationshipLevel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/** Partner codes in JSON as in the database and the query parameters: {@code strategic}, not {@code STRATEGIC}. */
@Configuration(proxyBeanMethods = false)
class PartnerJson {

    @Bean
    JacksonModule partnerCodes() {
        return new SimpleModule("partner-codes")
                .addSerializer(PartnerKind.class, new EnumAsCode<>(PartnerKind::code))
                .addSerializer(RelationshipLevel.class, new EnumAsCode<>(RelationshipLevel::code))
                .addSerializer(InstitutionType.class, new EnumAsCode<>(InstitutionType::code));
    }
}
