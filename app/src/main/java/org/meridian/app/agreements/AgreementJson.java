package org.meridian.app.agreements;

import org.meridian.app.EnumAsCode;
import org.meridian.core.agreements.AcademicYear;
import org.meridian.core.agreements.AgreementStatus;
import org.meridian.core.agreements.AgreementType;
import org.meridian.core.agreements.MobilityCategory;
import org.meridian.core.agreements.MobilityDirection;
import org.meridian.core.agreements.PartyRole;
import org.meridian.core.agreements.TransitionKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Agreement codes in JSON as in the database and the query parameters ({@code student-exchange}), academic years
 * as Erasmus Without Paper writes them ({@code 2025/2026}).
 */
@Configuration(proxyBeanMethods = false)
class AgreementJson {

    @Bean
    JacksonModule agreementCodes() {
        return new SimpleModule("agreement-codes")
                .addSerializer(AgreementType.class, new EnumAsCode<>(AgreementType::code))
                .addSerializer(AgreementStatus.class, new EnumAsCode<>(AgreementStatus::code))
                .addSerializer(PartyRole.class, new EnumAsCode<>(PartyRole::code))
                .addSerializer(MobilityDirection.class, new EnumAsCode<>(MobilityDirection::code))
                .addSerializer(MobilityCategory.class, new EnumAsCode<>(MobilityCategory::code))
                .addSerializer(TransitionKind.class, new EnumAsCode<>(TransitionKind::code))
                .addSerializer(DocumentFormat.class, new EnumAsCode<>(DocumentFormat::extension))
                .addSerializer(AcademicYear.class, new ValueSerializer<AcademicYear>() {
                    @Override
                    public void serialize(AcademicYear year, JsonGenerator generator, SerializationContext context) {
                        generator.writeString(year.id());
                    }
                });
    }
}
